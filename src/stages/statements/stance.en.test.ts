import { describe, expect, it } from 'vitest';
import { statementsOf } from './test-support.js';

/** The stance of the only statement of `text`, and the rule that decided it. */
function stanceOf(text: string): string {
  const got = statementsOf(text, 'en');
  expect(got, got.map((s) => `${s.speaker.name} ${s.cue}: ${s.content}`).join('\n')).toHaveLength(1);
  return got[0]!.stance;
}

describe('stance in English', () => {
  describe('refusing to speak is a hedge, never a denial', () => {
    it.each([
      'The harbour authority declined to comment on the dispute.',
      'A spokeswoman for the airline refused to say whether flights would resume.',
      'The club would not say how much the striker was paid.',
      'The minister did not deny that the contract had been signed.',
      'The council did not say how many homes were flooded.',
      'The embassy referred questions to the foreign ministry.',
      'The minister declined to name the bidders.',
      'The port operator did not respond to questions about the damage.',
      'The water board did not respond to requests for comment.',
      'The federation has not commented on the ruling.',
      'The coach said he had nothing to add.',
    ])('%s', (text) => expect(stanceOf(text)).toBe('hedge'));
  });

  describe('a verb of telling or knowing negated at the head of the content holds the claim back', () => {
    it.each([
      'The port director said she could not give a date for the reopening.',
      'The coach said Mr Hall would not speculate about the transfer.',
      'The agency said it would not comment further while the audit was running.',
      'The fire chief said that it was not yet possible to say what started the blaze.',
      'The farmer said the company did not know where the leak began.',
    ])('%s', (text) => expect(stanceOf(text)).toBe('hedge'));

    it('leaves a negated fact with no such verb a denial', () => {
      expect(stanceOf('The ministry said that no damage had been reported at the schools.')).toBe('deny');
    });

    it('leaves a negator in a relative clause of the content alone', () => {
      expect(stanceOf('Police said the driver who did not know the road was unhurt.')).toBe('assert');
    });
  });

  describe('a modal of possibility leaves the claim open unless a negator follows it', () => {
    it('reads "the figures could change" as a hedge', () => {
      expect(stanceOf('The mayor said the figures could change as reports came in.')).toBe('hedge');
    });

    it('reads "could not" as inability, an assertion', () => {
      expect(stanceOf('The minister said the economy could not afford a long strike.')).toBe('assert');
    });
  });

  describe('denouncing a report denies it', () => {
    it.each([
      'The ministry dismissed the reports as fake news.',
      'The mayor denounced the leaked memo as a fabrication.',
      'The party called the allegations groundless.',
    ])('%s', (text) => expect(stanceOf(text)).toBe('deny'));
  });

  describe('saying that something was not found or did not happen denies it', () => {
    it.each([
      'The health office said no new cases were found in the district.',
      'Health officials said no trace of the toxin has been detected so far.',
      'Police said no casualties were reported after the blast.',
      'The army said the strike on the depot never happened.',
      'Inspectors said they had not found any leak in the tank.',
    ])('%s', (text) => expect(stanceOf(text)).toBe('deny'));
  });

  describe('negating a fact that holds or happened denies it', () => {
    it.each([
      'The union said it had not received any new offer.',
      'The navy said there was no risk of a tsunami.',
      'The coast guard said no fresh oil had been seen near the tanker.',
      'Finance Minister Elikem Mensah rejected the accusation as "reckless and false".',
      'The police dismissed as "speculation" a report that the gems had left the country.',
      'The union said the walkout was not about pay.',
      'The coach said the striker was not aware of any such test.',
      'The party said it "totally rejects" the count.',
    ])('%s', (text) => expect(stanceOf(text)).toBe('deny'));

    it.each([
      'The company said it would not announce results before the weekend.',
      'The owner said it was not just stock that had been taken.',
      'The envoy said no agreement would be signed without the allies.',
      'The minister said no decision had been taken yet.',
      'The driver said: "I did not come here for a holiday."',
    ])('%s is an assertion', (text) => expect(stanceOf(text)).toBe('assert'));
  });

  it('does not read a negated verb of finding after another reporting verb as a denial', () => {
    expect(stanceOf('The navy said it could not confirm reports that wreckage was found.')).toBe('hedge');
  });

  describe('a condition must be explicit', () => {
    it.each([
      'The union said the strike would end if wages rose.',
      'The ministry said the merger would not go ahead unless prices were capped.',
      'The engineer said the bridge would have collapsed without the new supports.',
      'The envoy warned that moving troops to the border would mean a wider war.',
    ])('%s is conditional', (text) => expect(stanceOf(text)).toBe('conditional'));

    it.each([
      'The governor said the plant would be a major source of jobs.',
      'The mayor said the new line would mean shorter trips for commuters.',
      'Hospital officials said dozens, if not hundreds, of patients were waiting.',
    ])('%s is an assertion', (text) => expect(stanceOf(text)).toBe('assert'));

    it('reads "unclear if" as an open question, not a condition', () => {
      expect(stanceOf('The captain said it was unclear if the match would go ahead.')).toBe('hedge');
    });
  });
});

describe('saying it is too early to judge', () => {
  it.each([
    'The coach said it was too early to discuss his future.',
    'The police chief said it was too early to point fingers.',
  ])('reads "%s" as a hedge', (text) => expect(stanceOf(text)).toBe('hedge'));

  it('keeps "too early to lift the ban" an assertion about the ban', () => {
    expect(stanceOf('The ministry said it was too early to lift the ban.')).toBe('assert');
  });
});

describe('not commenting, standing alone', () => {
  it('reads "The company did not comment." as a hedge of the company', () => {
    expect(stanceOf('The company did not comment.')).toBe('hedge');
  });
});
