-- CreateTable
CREATE TABLE "ProcessedActivity" (
    "channelId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "invokeResponse" TEXT,
    "processedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("channelId", "conversationId", "activityId")
);

-- CreateTable
CREATE TABLE "ConversationLock" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "ProcessedActivity_processedAt_idx" ON "ProcessedActivity"("processedAt");
