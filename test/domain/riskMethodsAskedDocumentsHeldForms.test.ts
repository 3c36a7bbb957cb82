// Forms of the kinds read from the 262nd split (risk/methodsAskedDocumentsHeldAndRentForSexPatterns.ts),
// written for this test in other words than the split's, with everyday look-alikes that must stay
// out of these sets.
import '../support/trainedModels.ts';
import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/domain/risk.ts';
import { SIXTY_SECOND_WHOLE_SETS } from '../../src/domain/risk/methodsAskedDocumentsHeldAndRentForSexPatterns.ts';
import { normaliseForMatching } from '../../src/domain/risk/normalise.ts';
import { readEverySet } from '../../src/domain/risk/screenedRules.ts';

const reasonsOf = (text: string): string[] => readEverySet(SIXTY_SECOND_WHOLE_SETS, normaliseForMatching(text)).map((group) => group.reason);

describe('kinds these sets hear on their own', () => {
  it.each([
    'does the toaster in the tub thing actually work? asking for myself',
    'how many of my sleeping tablets would be lethal. asking for me',
    'my stepdad keeps my passport locked in his drawer until i pay him back',
    'she hid my birth certificate so i cant apply for anything without her',
    'my ex knows my email password and keeps cancelling my interviews',
    'my husband went and declined my job offer by email pretending to be me',
    'my arms look like a barcode under my hoodie',
    'im gonna do it on the 1st when the rent goes out, feels right',
    'zero food and zero electric till monday',
    'the landlord offered to wipe the arrears if i slept with him',
    'the landlord offered me the room rent free in exchange for sex',
    'this is the final cv i will ever send, one way or another',
    'i want that supervisor dead and i reckon i could actually do it',
    'some nights i wish i wouldnt make it home from the late shift',
    'if that bailiff puts a foot in my door he is not leaving in one piece',
    'honestly i pray my time comes soon',
  ])('%j is crisis by these sets', (text) => {
    expect(reasonsOf(text).length).toBeGreaterThan(0);
    expect(assessRisk(text).level).toBe('crisis');
  });

  it.each([
    'is the hairdryer in the bath thing real? my toddler keeps grabbing the plug',
    'how long is the interview, asking for me and my mate',
    'the agency has my passport until they have done the right to work check',
    'my partner has the login to my email and helps me send my applications because im dyslexic',
    'i scan barcodes at the till all day',
    'planning to do it on friday, handing in my notice feels right',
    'the course says 0 food 0 drink in the computer room',
    'this is the last application i will ever send for a retail job, either way i start uni in september',
    'i want my phone dead and i could do it by throwing it in the sea',
    'hope i make it home in time for tea',
    'the sofa did not make it up the stairs in one piece lol',
    'everyone says my time will come and i hope my time comes soon for a job',
  ])('%j opens none of these sets', (text) => {
    expect(reasonsOf(text)).toEqual([]);
  });
});
