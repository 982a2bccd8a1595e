import { InvalidArgumentError, Option } from 'commander';
import { didYouMean } from './did-you-mean.js';

/**
 * An option that takes one of a fixed set of values, listed in `--help` as commander's
 * `.choices()` lists them, whose error for any other value also names the one most likely
 * meant: `error: option '-f, --format <format>' argument 'stylsh' is invalid. Allowed choices
 * are stylish, json, …. Did you mean “stylish”?` (a usage error: exit 2).
 */
export function choiceOption(
  flags: string,
  description: string,
  choices: readonly string[],
): Option {
  return new Option(flags, description).choices(choices).argParser((value: string) => {
    if (choices.includes(value)) return value;
    const suggestion = didYouMean(value, choices);
    throw new InvalidArgumentError(
      `Allowed choices are ${choices.join(', ')}.${suggestion ? ` Did you mean “${suggestion}”?` : ''}`,
    );
  });
}
