-- CreateTable
CREATE TABLE "BotState" (
    "key" TEXT NOT NULL,
    "eTag" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BotState_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ConversationRef" (
    "userKey" TEXT NOT NULL,
    "clientId" TEXT,
    "adviserId" TEXT,
    "reference" TEXT NOT NULL,
    "usable" BOOLEAN NOT NULL DEFAULT true,
    "unusableReason" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationRef_pkey" PRIMARY KEY ("userKey")
);

-- CreateTable
CREATE TABLE "Adviser" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "userKey" TEXT,
    "aadObjectId" TEXT,
    "inviteCode" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'adviser',
    "caseloadLimit" INTEGER NOT NULL DEFAULT 20,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Adviser_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Client" (
    "id" TEXT NOT NULL,
    "userKey" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "displayName" TEXT,
    "aadObjectId" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/London',
    "adviserId" TEXT,
    "consentVersion" TEXT,
    "consentedAt" TIMESTAMP(3),
    "consentWithdrawnAt" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'active',
    "reviewCadenceDays" INTEGER,
    "styleOverride" TEXT,
    "remindersPausedAt" TIMESTAMP(3),
    "unansweredOutreach" INTEGER NOT NULL DEFAULT 0,
    "lastContactAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Client_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VocationalProfile" (
    "clientId" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "marker" TEXT,
    "completedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "VocationalProfile_pkey" PRIMARY KEY ("clientId")
);

-- CreateTable
CREATE TABLE "LocusResult" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "band" TEXT NOT NULL,
    "answers" TEXT NOT NULL,
    "takenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LocusResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConfidenceRating" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "context" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConfidenceRating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "situation" TEXT NOT NULL DEFAULT '',
    "jobGoals" TEXT NOT NULL DEFAULT '[]',
    "route" TEXT NOT NULL DEFAULT '',
    "backupPlan" TEXT NOT NULL DEFAULT '',
    "nextReviewAt" TIMESTAMP(3),
    "clientAgreedAt" TIMESTAMP(3),
    "adviserAgreedAt" TIMESTAMP(3),
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "lineageId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "jobGoal" TEXT,
    "confidence" INTEGER,
    "dueAt" TIMESTAMP(3),

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "lineageId" TEXT NOT NULL,
    "goalLineageId" TEXT,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "heldAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "usefulness" INTEGER,
    "number" INTEGER NOT NULL,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewEntry" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "itemLineageId" TEXT NOT NULL,
    "reviewId" TEXT,
    "outcome" TEXT NOT NULL,
    "whatHappened" TEXT NOT NULL DEFAULT '',
    "feelings" TEXT NOT NULL DEFAULT '',
    "wentWell" TEXT NOT NULL DEFAULT '',
    "differently" TEXT NOT NULL DEFAULT '',
    "nextStep" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sequence" INTEGER NOT NULL,

    CONSTRAINT "ReviewEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "itemLineageId" TEXT,
    "sendAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "leaseUntil" TIMESTAMP(3),
    "claimedBy" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Escalation" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "urgency" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "openKey" TEXT,
    "detail" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "contactBy" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "leaseUntil" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "renotifiedAt" TIMESTAMP(3),
    "acknowledgedAt" TIMESTAMP(3),
    "acknowledgedBy" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Escalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClientMessage" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "riskLevel" TEXT NOT NULL DEFAULT 'none',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClientMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConversationRef_clientId_idx" ON "ConversationRef"("clientId");

-- CreateIndex
CREATE INDEX "ConversationRef_adviserId_idx" ON "ConversationRef"("adviserId");

-- CreateIndex
CREATE UNIQUE INDEX "Adviser_userKey_key" ON "Adviser"("userKey");

-- CreateIndex
CREATE UNIQUE INDEX "Adviser_aadObjectId_key" ON "Adviser"("aadObjectId");

-- CreateIndex
CREATE UNIQUE INDEX "Adviser_inviteCode_key" ON "Adviser"("inviteCode");

-- CreateIndex
CREATE UNIQUE INDEX "Client_userKey_key" ON "Client"("userKey");

-- CreateIndex
CREATE INDEX "Client_adviserId_status_idx" ON "Client"("adviserId", "status");

-- CreateIndex
CREATE INDEX "Client_status_lastContactAt_idx" ON "Client"("status", "lastContactAt");

-- CreateIndex
CREATE INDEX "LocusResult_clientId_takenAt_idx" ON "LocusResult"("clientId", "takenAt");

-- CreateIndex
CREATE INDEX "ConfidenceRating_clientId_recordedAt_idx" ON "ConfidenceRating"("clientId", "recordedAt");

-- CreateIndex
CREATE INDEX "Plan_clientId_status_idx" ON "Plan"("clientId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Plan_clientId_version_key" ON "Plan"("clientId", "version");

-- CreateIndex
CREATE INDEX "Goal_planId_idx" ON "Goal"("planId");

-- CreateIndex
CREATE INDEX "ActionItem_planId_idx" ON "ActionItem"("planId");

-- CreateIndex
CREATE INDEX "ActionItem_lineageId_idx" ON "ActionItem"("lineageId");

-- CreateIndex
CREATE INDEX "Review_clientId_heldAt_idx" ON "Review"("clientId", "heldAt");

-- CreateIndex
CREATE INDEX "ReviewEntry_clientId_idx" ON "ReviewEntry"("clientId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewEntry_itemLineageId_sequence_key" ON "ReviewEntry"("itemLineageId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_key_key" ON "Reminder"("key");

-- CreateIndex
CREATE INDEX "Reminder_status_sendAt_idx" ON "Reminder"("status", "sendAt");

-- CreateIndex
CREATE INDEX "Reminder_clientId_status_idx" ON "Reminder"("clientId", "status");

-- CreateIndex
CREATE INDEX "Reminder_itemLineageId_idx" ON "Reminder"("itemLineageId");

-- CreateIndex
CREATE UNIQUE INDEX "Escalation_openKey_key" ON "Escalation"("openKey");

-- CreateIndex
CREATE INDEX "Escalation_status_nextAttemptAt_idx" ON "Escalation"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Escalation_clientId_idx" ON "Escalation"("clientId");

-- CreateIndex
CREATE INDEX "ClientMessage_clientId_createdAt_idx" ON "ClientMessage"("clientId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_subject_idx" ON "AuditEvent"("subject");

-- AddForeignKey
ALTER TABLE "Client" ADD CONSTRAINT "Client_adviserId_fkey" FOREIGN KEY ("adviserId") REFERENCES "Adviser"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VocationalProfile" ADD CONSTRAINT "VocationalProfile_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LocusResult" ADD CONSTRAINT "LocusResult_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConfidenceRating" ADD CONSTRAINT "ConfidenceRating_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Plan" ADD CONSTRAINT "Plan_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Goal" ADD CONSTRAINT "Goal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewEntry" ADD CONSTRAINT "ReviewEntry_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientMessage" ADD CONSTRAINT "ClientMessage_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;
