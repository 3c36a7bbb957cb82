-- CreateTable
CREATE TABLE "UserConversation" (
    "userKey" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("userKey", "conversationId")
);

-- CreateTable
CREATE TABLE "WebChatOutbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userKey" TEXT NOT NULL,
    "activity" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "WebChatOutbox_userKey_createdAt_idx" ON "WebChatOutbox"("userKey", "createdAt");
