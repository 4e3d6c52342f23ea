// The commands of `chime-sma-kit`, in the order `--help` lists them. Adding a command: one file
// in this folder exporting a `Command`, and one line here.
import type { Command } from '../command.js';
import { checkAudioCommand } from './check-audio.js';
import { simulateCommand } from './simulate.js';
import { validateCommand } from './validate.js';

/** Every command the program runs and lists in `--help`. */
export const commands: readonly Command[] = [checkAudioCommand, validateCommand, simulateCommand];
