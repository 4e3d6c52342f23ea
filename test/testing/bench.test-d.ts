import { describe, expectTypeOf, it } from 'vitest';
import {
  type CallSimulation,
  type RuntimeHandler,
  type SimulationIssue,
  callIssues,
  invokeUrlHandler,
  pythonHandler,
  simulateCall,
  simulateCalls,
} from '../../src/testing/index.js';

describe('test-bench types', () => {
  it('simulateCalls takes a handler factory and returns the calls', () => {
    expectTypeOf(simulateCalls(() => () => undefined, { calls: 2, instance: 'fresh' })).resolves.toEqualTypeOf<CallSimulation[]>();
    // @ts-expect-error instance is 'shared' or 'fresh'
    void simulateCalls(() => () => undefined, { instance: 'warm' });
    // @ts-expect-error the factory makes a handler; a handler is not a factory of one
    void simulateCalls(async () => 'handler');
  });

  it('callIssues reads a call; loopLimit is a number', async () => {
    expectTypeOf(callIssues(await simulateCall(() => undefined))).toEqualTypeOf<SimulationIssue[]>();
    // @ts-expect-error loopLimit is a count
    void simulateCall(() => undefined, { loopLimit: 'ten' });
  });

  it('runtimes give handlers the simulator takes', () => {
    expectTypeOf(pythonHandler('handler.py')).resolves.toEqualTypeOf<RuntimeHandler>();
    void simulateCall(invokeUrlHandler('http://127.0.0.1:3001', { functionName: 'Sma' }));
    // @ts-expect-error the option is functionName
    invokeUrlHandler('http://127.0.0.1:3001', { function: 'Sma' });
  });
});
