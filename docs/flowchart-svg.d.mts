/** The SVG of a flowchart written by a flow's `toMermaid()` (see docs/flowchart-svg.mjs). */
export declare function flowchartSvg(mermaid: string): string;
/** The diagram of the guide docs/flows.md: file name in docs/media → the flow's Mermaid text. */
export declare function guideDiagrams(): Promise<Record<string, string>>;
