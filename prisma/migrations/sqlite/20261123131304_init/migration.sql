-- CreateTable
CREATE TABLE "BotState" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "eTag" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ConversationRef" (
    "userKey" TEXT NOT NULL PRIMARY KEY,
    "clientId" TEXT,
    "adviserId" TEXT,
    "reference" TEXT NOT NULL,
    "usable" BOOLEAN NOT NULL DEFAULT true,
    "unusableReason" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Adviser" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "userKey" TEXT,
    "aadObjectId" TEXT,
    "inviteCode" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'adviser',
    "caseloadLimit" INTEGER NOT NULL DEFAULT 20,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Client" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userKey" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "displayName" TEXT,
    "aadObjectId" TEXT,
    "timeZone" TEXT NOT NULL DEFAULT 'Europe/London',
    "adviserId" TEXT,
    "consentVersion" TEXT,
    "consentedAt" DATETIME,
    "consentWithdrawnAt" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'active',
    "reviewCadenceDays" INTEGER,
    "styleOverride" TEXT,
    "remindersPausedAt" DATETIME,
    "unansweredOutreach" INTEGER NOT NULL DEFAULT 0,
    "lastContactAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Client_adviserId_fkey" FOREIGN KEY ("adviserId") REFERENCES "Adviser" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VocationalProfile" (
    "clientId" TEXT NOT NULL PRIMARY KEY,
    "data" TEXT NOT NULL,
    "marker" TEXT,
    "completedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "VocationalProfile_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LocusResult" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientId" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "band" TEXT NOT NULL,
    "answers" TEXT NOT NULL,
    "takenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LocusResult_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConfidenceRating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientId" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "context" TEXT NOT NULL,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConfidenceRating_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Plan" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "situation" TEXT NOT NULL DEFAULT '',
    "jobGoals" TEXT NOT NULL DEFAULT '[]',
    "route" TEXT NOT NULL DEFAULT '',
    "backupPlan" TEXT NOT NULL DEFAULT '',
    "nextReviewAt" DATETIME,
    "clientAgreedAt" DATETIME,
    "adviserAgreedAt" DATETIME,
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Plan_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "lineageId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "jobGoal" TEXT,
    "confidence" INTEGER,
    "dueAt" DATETIME,
    CONSTRAINT "Goal_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ActionItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "planId" TEXT NOT NULL,
    "lineageId" TEXT NOT NULL,
    "goalLineageId" TEXT,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "dueAt" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" DATETIME,
    CONSTRAINT "ActionItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientId" TEXT NOT NULL,
    "planId" TEXT NOT NULL,
    "heldAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "usefulness" INTEGER,
    "number" INTEGER NOT NULL,
    CONSTRAINT "Review_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientId" TEXT NOT NULL,
    "itemLineageId" TEXT NOT NULL,
    "reviewId" TEXT,
    "outcome" TEXT NOT NULL,
    "whatHappened" TEXT NOT NULL DEFAULT '',
    "feelings" TEXT NOT NULL DEFAULT '',
    "wentWell" TEXT NOT NULL DEFAULT '',
    "differently" TEXT NOT NULL DEFAULT '',
    "nextStep" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sequence" INTEGER NOT NULL,
    CONSTRAINT "ReviewEntry_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "itemLineageId" TEXT,
    "sendAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "leaseUntil" DATETIME,
    "claimedBy" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" DATETIME,
    "answeredAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Reminder_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Escalation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "urgency" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'open',
    "openKey" TEXT,
    "detail" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "contactBy" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME,
    "leaseUntil" DATETIME,
    "deliveredAt" DATETIME,
    "renotifiedAt" DATETIME,
    "acknowledgedAt" DATETIME,
    "acknowledgedBy" TEXT,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Escalation_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClientMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "riskLevel" TEXT NOT NULL DEFAULT 'none',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClientMessage_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
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
