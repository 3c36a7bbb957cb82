// What a client types at "What would you like me to call you?" when they would rather not give a
// name, or ask whether they must. Scripted clients, round twenty-seven: "my name is not important"
// had been greeted "Nice to meet you, Not Important", "rather not say" as "Rather Not Say", and
// "I'd rather not give my name" had "Please type just your first name".
import { normaliseAnswer } from './answers.ts';

const A_NAME = String.raw`(?:(?:my|a|your|any|me) )?(?:real |full |first |proper )?names?`;
const GIVE = String.raw`(?:say|give|tell|share|put|type|use)`;
const DECLINES = new RegExp(
  '^(?:' +
    [
      // "my name is not important", "name doesnt matter"
      String.raw`(?:${A_NAME}|it|that)(?: is| s|s)? (?:not important|unimportant|doesnt matter|does not matter|dont matter|not needed|none of your business)`,
      // "rather not say", "id prefer not to give my name"
      String.raw`(?:(?:i|id|i would|i had) )?(?:rather|prefer(?:red)?|prefer to) not(?: to)?(?: ${GIVE}(?: (?:it|one|that|you))?(?: ${A_NAME})?)?`,
      // "i dont want to give my name", "dont want to say"
      String.raw`(?:i )?(?:dont|do not|would not|wouldnt|dont really) (?:want|wish|like|wanna) (?:to )?${GIVE}(?: (?:it|one|that|you))*(?: ${A_NAME})?`,
      // "no name please", "no names", "not telling", "anonymous"
      String.raw`no ${A_NAME}(?: (?:please|pls|thanks|thank you|needed|ta))?`,
      String.raw`(?:im |i am )?not (?:telling|saying|giving)(?: (?:you|it|that|one))*(?: ${A_NAME})?`,
      String.raw`(?:(?:i want to|id like to|i would like to|can i|could i) )?(?:stay |be |keep it )?anonymous`,
      String.raw`none of your business|mind your own business|no comment`,
    ].join('|') +
    String.raw`)(?: (?:please|pls|thanks|thank you|sorry|if thats ok|if that is ok|if you dont mind|tbh|to be honest|for now|yet|thx))*$`,
);

/** "rather not say", "my name is not important": no name wanted, a kind skip. */
export function declinesToGiveAName(text: string): boolean {
  return DECLINES.test(normaliseAnswer(text).replace(/^(?:(?:sorry|um|erm|hmm|well|no|nah|ok|okay|honestly|tbh)\s+(?!names?\b))+/, ''));
}

// "do i have to give my real name?", "can i use a nickname?", "does it have to be my real name".
const ASKS_IF_NEEDED = new RegExp(
  '^(?:' +
    [
      String.raw`(?:do|must) i (?:have to|need to|got to|gotta) ${GIVE}(?: (?:you|it))*(?: ${A_NAME})?`,
      String.raw`(?:does|do) (?:it|you) (?:have to|need to) (?:be|have|know) ${A_NAME}`,
      String.raw`(?:is it|is that) (?:ok|okay|alright|fine) (?:if|to) (?:i )?(?:dont|do not|not) ${GIVE}(?: (?:it|you))*(?: ${A_NAME})?`,
      String.raw`(?:can|could|may) i (?:use|give|have|say) (?:a )?(?:nickname|nick name|made up name|fake name|different name|another name)`,
      String.raw`(?:can|could|may) i (?:not|skip)(?: (?:${GIVE}|this|that|it))*(?: ${A_NAME})?`,
      String.raw`(?:do|will) you need ${A_NAME}`,
    ].join('|') +
    ')$',
);

/** "do i have to give my real name?": asks whether a (real) name is needed. */
export function asksIfANameIsNeeded(text: string): boolean {
  return ASKS_IF_NEEDED.test(normaliseAnswer(text).replace(/^(?:(?:sorry|um|erm|hmm|well|but|and|so|ok|okay)\s+)+/, ''));
}
