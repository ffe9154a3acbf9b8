import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-support.js';

describe('a name the entity stage ran into the body a role governs', () => {
  it('is read back out as the speaker, the body kept in the role', () => {
    const [s] = statementsOf(
      'Заголовок\n\n«Міст відкриють у травні», – повідомив голова Полтавської ОВА Володимир Когут.',
      'uk',
    );
    expect(s!.speaker.name).toBe('Володимир Когут');
    expect(s!.speaker.role).toBe('голова Полтавської ОВА');
  });
  it('leaves a name after a body with a country in it to the entity stage', () => {
    const [s] = statementsOf(
      'Заголовок\n\nГлава МИД России Сергей Лавров заявил, что мост откроют в мае.',
      'ru',
    );
    expect(s!.speaker.name).not.toMatch(/России/);
  });
});
