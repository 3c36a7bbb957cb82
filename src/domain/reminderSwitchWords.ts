// "stop the reminders", "stop texting me", "turn reminders back on": the client's own say over the
// coach's reminders, typed at any point (play-testing, round nine: "can you stop the reminders pls"
// had "Here is my question again", and "stop texting me" a check-in).
import { normaliseAnswer } from './answers.ts';

export type ReminderSwitch = 'stop' | 'start';

const PLEASE = String.raw`(?:\s+(?:please|pls|plz|now|for now|for a bit|for a while|thanks|ta|thank you))*`;
const ASK = String.raw`^(?:(?:can|could|will|would) you\s+|please\s+|pls\s+|plz\s+|i want to\s+|i would like to\s+|id like to\s+)?`;
const MESSAGES = String.raw`(?:the |these |your |all the |all these |my )?(?:reminders?|messages|texts|notifications|nudges)`;
const STOP = new RegExp(
  [
    `${ASK}(?:stop|pause|turn off|switch off|mute|cancel|no more)\\s+${MESSAGES}${PLEASE}$`,
    `${ASK}turn\\s+${MESSAGES}\\s+off${PLEASE}$`,
    `${ASK}stop (?:texting|messaging|reminding|pinging|nagging|chasing) (?:me|us)${PLEASE}$`,
    `^(?:i )?(?:do not|dont) (?:want|need) (?:any more |anymore )?${MESSAGES}(?: any ?more)?${PLEASE}$`,
    `^(?:do not|dont) remind me(?: any ?more)?${PLEASE}$`,
    `^(?:unsubscribe|stop reminders|reminders off)$`,
  ].join('|'),
);
const START = new RegExp(
  [
    `${ASK}(?:start|restart|resume|turn on|switch on|unmute|unpause)\\s+${MESSAGES}(?: again)?${PLEASE}$`,
    `${ASK}turn\\s+${MESSAGES}\\s+(?:back )?on(?: again)?${PLEASE}$`,
    `${ASK}(?:start )?remind(?:ing)? me again${PLEASE}$`,
    `^(?:reminders on|reminders back on)$`,
  ].join('|'),
);

/** Whole messages only: "i forgot the reminder" or "stop, i made a mistake" are not a switch. */
export function readReminderSwitch(text: string | undefined): ReminderSwitch | null {
  const words = normaliseAnswer(text ?? '');
  if (!words || words.split(' ').length > 10) return null;
  if (START.test(words)) return 'start';
  return STOP.test(words) ? 'stop' : null;
}
