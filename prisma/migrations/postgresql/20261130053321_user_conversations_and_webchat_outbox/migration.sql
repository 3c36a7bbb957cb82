-- CreateTable
CREATE TABLE "UserConversation" (
    "userKey" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UserConversation_pkey" PRIMARY KEY ("userKey","conversationId")
);

-- CreateTable
CREATE TABLE "WebChatOutbox" (
    "id" TEXT NOT NULL,
    "userKey" TEXT NOT NULL,
    "activity" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebChatOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WebChatOutbox_userKey_createdAt_idx" ON "WebChatOutbox"("userKey", "createdAt");
