// Onboarding: says plainly that this is a bot, what it keeps and who sees it, and asks for
// consent. Nothing about the client is stored until they say yes. Then it asks what to call
// them and links them to their adviser by the invite code the adviser gave them.
import { ComponentDialog, Dialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { channelTimeZone } from '../src/bot/clientContext.ts';
import { userKeyOf } from '../src/bot/userKey.ts';
import { requestBotStateSweep } from '../src/bot/erasureAfterTurn.ts';
import { identify } from '../src/privacy/clientData.ts';
import { AdviserRepository, CaseloadFullError, type Adviser } from '../src/db/advisers.ts';
import { ClientRepository, type Client } from '../src/db/clients.ts';
import { parseChoice, type ChoiceOption } from '../src/domain/answers.ts';
import { asksTheCoachsName, nameAfterAYes, nameFrom, nameOfferedEarly, nameOpening } from '../src/domain/nameWords.ts';
import { hearNonAnswer } from './listening.ts';
import { flowValuesAt, hearAtOnboardingQuestion, type OnboardingValues } from './onboardingNameStep.ts';
import { readConsentWithMore } from '../src/domain/consentInOneMessage.ts';
import { nervousAsTheyAgree } from '../src/domain/consentFeelings.ts';
import { consentTrustQuestionOf } from '../src/domain/consentTrustWords.ts';
import { inviteCodeCandidates, asksIfNoCodeIsOk, readCodeReply, saysNoCode } from '../src/domain/inviteCodeWords.ts';
import type { CoachServices } from '../src/services.ts';
import { DialogIds } from './dialogIds.ts';
import {
  adviserWillLink, noCodeIsFine, caseloadFull, consentAnswers, consentCheck, consentTrustAnswers, consentDeclined, consentExplained, whyKeepAnswers, consentExplanation, consentNo,
  consentQuestion, consentThanks, consentWithNerves, consentYes, inviteCodeGaveUp, inviteCodeNotFound, inviteCodeQuestion, linkedToAdviser,
  linkedToDemoAdviser, nameBeforeConsent, nameExplained, nameNotGiven, nameQuestion, nameSkip, nameThanks, coachsOwnName, noInviteCode
} from '../src/messages/en/onboarding.ts';
import { askChoice, askText, withButtons, CHOICE_PROMPT, createChoicePrompt, createTextPrompt, ListeningPrompt, type ListeningOptions } from './prompts.ts';
import { choiceSet } from './choiceSets.ts';

const FLOW = 'onboardingFlow';
const CODE_ONLY_FLOW = 'inviteCodeFlow';
const INVITE_PROMPT = 'inviteCodePrompt';
const MAX_CODE_TRIES = 3;
// Replies that were no try at a code ("what is this for", "ok") are answered, not counted as a
// wrong code (play-testing: "ok" after the explanation ended the question); this many in all end it.
const MAX_CODE_REPLIES = 6;

const consentChoices = choiceSet<ChoiceOption<'yes' | 'no'>[]>('onboarding.consent', [
  { value: 'yes', label: consentYes, synonyms: ['yes', 'y', 'ok', 'okay', 'sure', 'fine', 'i agree', 'agree', 'yeah', 'yep'] },
  { value: 'no', label: consentNo, synonyms: ['no', 'n', 'nope', 'no thank you', 'i do not agree', 'dont', 'not ok'] },
]);
const noCodeChoice: ChoiceOption<'none'>[] = [
  { value: 'none', label: noInviteCode, synonyms: ['no', 'none', 'no code', 'i dont have a code', 'dont have one', 'nope', 'skip'] },
];
const skipNameChoice: ChoiceOption<'skip'>[] = [{ value: 'skip', label: nameSkip, synonyms: ['no', 'nie', 'pass', 'no thanks', 'dont mind', 'any'] }];

type CodeAnswer = { adviserId: string } | { none: true; gaveUp?: boolean; askedIfOk?: boolean };

export class OnboardingDialog extends ComponentDialog {
  constructor(private readonly services: CoachServices) {
    super(DialogIds.onboarding);
    // Its own copies of the shared prompts: reprompting after an interruption looks only here.
    this.addDialog(createChoicePrompt());
    this.addDialog(createTextPrompt());
    this.addDialog(new ListeningPrompt(INVITE_PROMPT, this.validateCode.bind(this)));
    this.addDialog(
      new WaterfallDialog(FLOW, [
        this.askConsent.bind(this),
        this.recordConsent.bind(this),
        this.recordName.bind(this),
        this.askInviteCode.bind(this),
        this.linkAdviser.bind(this),
      ]),
    );
    this.addDialog(new WaterfallDialog(CODE_ONLY_FLOW, [this.startCodeOnly.bind(this), this.askInviteCode.bind(this), this.linkAdviser.bind(this)]));
    this.initialDialogId = FLOW;
  }

  /** { codeOnly: true }: a consented client types the invite code they did not have at the start. */
  override onBeginDialog(innerDc: DialogContext, options?: object): Promise<DialogTurnResult> {
    if ((options as { codeOnly?: boolean } | undefined)?.codeOnly) return innerDc.beginDialog(CODE_ONLY_FLOW);
    return super.onBeginDialog(innerDc, options);
  }

  override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    // Round twenty-one: "yes thats fine, I'm Kelly by the way and no I don't have a code" had "didn't catch that".
    const values = consentFlowValues(innerDc);
    const more = values ? readConsentWithMore(innerDc.context.activity.text ?? '') : null;
    if (values && more) {
      if (more.name) Object.assign(values, { offeredName: more.name, nameWithConsent: true });
      values.noCode = more.noCode;
      return innerDc.endDialog('yes');
    }
    if (await this.heardNameAtConsent(innerDc)) return Dialog.EndOfTurn;
    if (await this.answeredTrustAtConsent(innerDc)) return Dialog.EndOfTurn;
    const adviserByCode = async (code: string) => (await this.advisersWithDemo()).findByInviteCode(code);
    const heard = await hearAtOnboardingQuestion(innerDc, { flowId: FLOW, adviserByCode });
    return heard ?? super.onContinueDialog(innerDc);
  }

  /**
   * Play-testing: "My name is Graham" at consent had "didn't catch that". The name is heard and
   * kept in the dialog (swept if they say no), and consent asked again.
   */
  private async heardNameAtConsent(innerDc: DialogContext): Promise<boolean> {
    const values = consentFlowValues(innerDc);
    if (!values) return false;
    const text = innerDc.context.activity.text ?? '';
    // "yes, my name is Priya": the yes is read by the prompt, and the name kept for after it.
    const nameWithYes = nameAfterAYes(text);
    if (nameWithYes) {
      Object.assign(values, { offeredName: nameWithYes, nameWithConsent: true });
      return false;
    }
    const name = nameOfferedEarly(text);
    if (!name) return false;
    values.offeredName = name;
    await innerDc.context.sendActivity(withButtons(nameBeforeConsent(name), consentChoices.map((choice) => choice.label)));
    return true;
  }

  /**
   * Scripted clients: "why should i trust you", "is this going to the jobcentre" had "Sorry, I was
   * not clear". Answered plainly, nothing kept, and consent asked again with its buttons.
   */
  private async answeredTrustAtConsent(innerDc: DialogContext): Promise<boolean> {
    if (!consentFlowValues(innerDc)) return false;
    const asked = consentTrustQuestionOf(innerDc.context.activity.text ?? '');
    if (!asked) return false;
    const answer = asked === 'trust' || asked === 'jobcentre' ? consentTrustAnswers[asked] : consentAnswers[asked];
    await innerDc.context.sendActivity(answer);
    await innerDc.context.sendActivity(withButtons(consentQuestion, consentChoices.map((choice) => choice.label)));
    return true;
  }

  private async startCodeOnly(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = await this.clients.findByUserKey(userKeyOf(step.context.activity));
    if (!client) return step.endDialog();
    valuesOf(step).clientId = client.id;
    valuesOf(step).codeOnly = true;
    return step.next();
  }

  private get clients(): ClientRepository {
    return new ClientRepository(this.services.db);
  }

  private get advisers(): AdviserRepository {
    return new AdviserRepository(this.services.db);
  }

  /** In local mode the demo adviser's code (DEMO) works from the very first client. */
  private async advisersWithDemo(): Promise<AdviserRepository> {
    if (this.services.config.localMode) await this.advisers.ensureDemoAdviser(this.services.config.CASELOAD_LIMIT);
    return this.advisers;
  }

  private async askConsent(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity(consentExplanation);
    // "no code" is checked, never taken as a no: the check is asked in its place.
    return askChoice(step, consentQuestion, consentChoices, undefined, [], { explanation: consentExplained, about: 'consent', reading: 'consent', check: consentCheck, purpose: whyKeepAnswers });
  }

  private async recordConsent(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const activity = step.context.activity;
    if (step.result !== 'yes') {
      await this.clients.forgetDeclined(userKeyOf(activity));
      // "Nothing is stored": the state this very turn saves at its end is swept away after it.
      const who = await identify(this.services.db, userKeyOf(activity), activity.conversation?.id ? [activity.conversation.id] : []);
      if (!who.clientId) requestBotStateSweep(step.context, who);
      await step.context.sendActivity(consentDeclined);
      return step.endDialog({ consented: false });
    }
    const client = await this.clients.createWithConsent({
      userKey: userKeyOf(activity),
      channelId: activity.channelId,
      displayName: activity.from?.name ?? null,
      aadObjectId: activity.from?.aadObjectId ?? null,
      timeZone: channelTimeZone(step.context) ?? this.services.config.DEFAULT_TIME_ZONE,
      consentVersion: this.services.config.CONSENT_VERSION,
      consentedAt: this.services.clock.now(),
    });
    valuesOf(step).clientId = client.id;
    await step.context.sendActivity(nervousAsTheyAgree(activity.text ?? '') ? consentWithNerves : consentThanks);
    const offeredName = valuesOf(step).offeredName;
    if (offeredName) {
      await this.clients.setPreferredName(client.id, offeredName);
      if (valuesOf(step).nameWithConsent) await step.context.sendActivity(nameThanks(offeredName));
      return step.next();
    }
    // The name the channel knows is offered only if it reads as a name.
    const channelName = nameFrom(activity.from?.name ?? '');
    return askText(step, nameQuestion, channelName ? [channelName, nameSkip] : [nameSkip], { expecting: 'name', explanation: nameExplained });
  }

  private async recordName(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const typed = String(step.result ?? '').trim();
    // The prompt only lets through what reads as a name; a skip or anything else keeps none.
    const opening = nameOpening(typed);
    const name = typed && !parseChoice(typed, skipNameChoice, { byPosition: false }) ? (nameFrom(typed) ?? opening?.name ?? null) : null;
    if (name) {
      await this.clients.setPreferredName(valuesOf(step).clientId!, name);
      await step.context.sendActivity(nameThanks(name));
    } else if (!valuesOf(step).offeredName) {
      // "rather not say", or Skip: their Teams name ("Sam Jones") had greeted them when they came back.
      await this.clients.forgetPreferredName(valuesOf(step).clientId!);
      if (valuesOf(step).nameDeclined) await step.context.sendActivity(nameNotGiven);
    }
    // What came after the name ("is this going to be long?") is heard before the next question.
    // "My name is Priya, what's yours?": the coach says its own name back.
    if (name && opening?.rest && !nameFrom(typed)) {
      if (asksTheCoachsName(opening.rest)) await step.context.sendActivity(coachsOwnName);
      else await hearNonAnswer(step.context, opening.rest, 'choice');
    }
    return step.next();
  }

  private async askInviteCode(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const client = await this.clients.findById(valuesOf(step).clientId!);
    // A client who asks to enter a code may be moving to a new adviser: ask even when linked.
    if (client?.adviserId && !valuesOf(step).codeOnly) return step.endDialog({ consented: true });
    await this.advisersWithDemo();
    // The code typed at the name question ("DEMO"): not asked for again.
    const typedEarly = valuesOf(step).codeAdviserId;
    if (typedEarly) return step.next({ adviserId: typedEarly } satisfies CodeAnswer);
    // "no I don't have a code", said with the yes to consent: not asked again.
    if (valuesOf(step).noCode) return step.next({ none: true } satisfies CodeAnswer);
    const options: ListeningOptions = {
      prompt: withButtons(inviteCodeQuestion, [noInviteCode]),
      retryPrompt: withButtons(inviteCodeNotFound, [noInviteCode]),
      listening: { about: 'invite-code' },
    };
    return step.prompt(INVITE_PROMPT, options);
  }

  private async validateCode(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value?.trim() ?? '';
    if (parseChoice(text, noCodeChoice, { byPosition: false })) {
      (prompt.recognized as { value: unknown }).value = { none: true } satisfies CodeAnswer;
      return true;
    }
    const adviser = await this.adviserByCodeIn(text);
    if (adviser) {
      (prompt.recognized as { value: unknown }).value = { adviserId: adviser.id } satisfies CodeAnswer;
      return true;
    }
    if (asksIfNoCodeIsOk(text)) {
      (prompt.recognized as { value: unknown }).value = { none: true, askedIfOk: true } satisfies CodeAnswer;
      return true;
    }
    // "no i dont", "nope never got one", "dont hav 1": a no to "Did your adviser give you a code?".
    if (saysNoCode(text)) {
      (prompt.recognized as { value: unknown }).value = { none: true } satisfies CodeAnswer;
      return true;
    }
    const state = prompt.state as { codeTries?: number };
    if (readCodeReply(text) === null) state.codeTries = (state.codeTries ?? 0) + 1;
    if ((state.codeTries ?? 0) >= MAX_CODE_TRIES || prompt.attemptCount >= MAX_CODE_REPLIES) {
      (prompt.recognized as { value: unknown }).value = { none: true, gaveUp: true } satisfies CodeAnswer;
      return true;
    }
    return false;
  }

  private async adviserByCodeIn(text: string): Promise<Adviser | null> {
    for (const code of inviteCodeCandidates(text)) {
      const adviser = await this.advisers.findByInviteCode(code);
      if (adviser) return adviser;
    }
    return null;
  }

  private async linkAdviser(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as CodeAnswer;
    const client = await this.clients.findById(valuesOf(step).clientId!);
    if (!client) return step.endDialog({ consented: true });
    if ('adviserId' in answer) {
      const adviser = await this.advisers.findById(answer.adviserId);
      if (adviser) await this.assign(step, client, adviser, linkedToAdviser(adviser.name));
    } else if (this.services.config.localMode) {
      if (answer.gaveUp) await step.context.sendActivity(inviteCodeGaveUp);
      // "is that ok?": answered before the demo adviser is named (adviserWillLink says it otherwise).
      if (answer.askedIfOk) await step.context.sendActivity(noCodeIsFine);
      const demo = await this.advisers.ensureDemoAdviser(this.services.config.CASELOAD_LIMIT);
      await this.assign(step, client, demo, linkedToDemoAdviser);
    } else {
      await step.context.sendActivity(answer.gaveUp ? inviteCodeGaveUp : adviserWillLink);
    }
    return step.endDialog({ consented: true });
  }

  /** A full caseload never stops the client being served: they carry on, not yet linked. */
  private async assign(step: WaterfallStepContext, client: Client, adviser: Adviser, linkedMessage: string): Promise<void> {
    try {
      await this.advisers.assignClient(client.id, adviser);
      await step.context.sendActivity(linkedMessage);
    } catch (error) {
      if (!(error instanceof CaseloadFullError)) throw error;
      await step.context.sendActivity(caseloadFull);
    }
  }
}

/** The flow's values while consent is asked (a message to the consent prompt, on the flow's first step); null otherwise. */
const consentFlowValues = (innerDc: DialogContext): OnboardingValues | null => flowValuesAt(innerDc, FLOW, CHOICE_PROMPT, 0);

function valuesOf(step: WaterfallStepContext): OnboardingValues {
  return step.values as OnboardingValues;
}
