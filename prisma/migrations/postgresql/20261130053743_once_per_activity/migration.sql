-- CreateTable
CREATE TABLE "ProcessedActivity" (
    "channelId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "invokeResponse" TEXT,
    "processedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProcessedActivity_pkey" PRIMARY KEY ("channelId","conversationId","activityId")
);

-- CreateTable
CREATE TABLE "ConversationLock" (
    "key" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationLock_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "ProcessedActivity_processedAt_idx" ON "ProcessedActivity"("processedAt");
