// "can i move my appointment on thursday", "wat time is my apointment": asked at the goal question,
// these had been taken as a goal (play-testing). They are questions for the adviser: nothing to plan.
import { expandShorthand } from './answers.ts';

const APPOINTMENT = /\b(?:appointments?|apointments?|appoinments?|appt|meeting with (?:my|the) (?:adviser|advisor|work coach|coach)|(?:adviser|advisor|work coach|jobcentre) meeting)\b/;
// Asked by its opening ("can i", "is my", "wat time") or by a question mark.
const ASKS = /^(?:(?:so|um|erm|ok|okay|hi|hiya|and|also|quick question)\s)*(?:can|could|may|do|does|will|would|is|are|am|when|what|wat|wot|where|how|who|which|should|shall)\b/;
const ABOUT_IT = /\b(?:move|moving|change|changing|rearrange|re arrange|reschedule|cancel|cancelling|canceling|miss|missing|postpone|put off|push back|still on|time|when|where|date|day|go to|come in|late)\b/;

/** A question about an appointment with the adviser or the jobcentre, not a goal. */
export function asksAboutAnAppointment(text: string): boolean {
  const words = expandShorthand(text);
  return APPOINTMENT.test(words) && ABOUT_IT.test(words) && (text.trim().endsWith('?') || ASKS.test(words));
}
