import { describe, expect, it } from 'vitest';
import { COMMANDS } from './main.js';

describe('the command list', () => {
  it('loads, for every entry, the command of that name and summary', async () => {
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect({ name: command.name, summary: command.summary }).toEqual({
        name: entry.name,
        summary: entry.summary,
      });
    }
  });
});
