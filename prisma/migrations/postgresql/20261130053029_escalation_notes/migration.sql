-- CreateTable
CREATE TABLE "EscalationNote" (
    "id" TEXT NOT NULL,
    "escalationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EscalationNote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EscalationNote_escalationId_createdAt_idx" ON "EscalationNote"("escalationId", "createdAt");

-- AddForeignKey
ALTER TABLE "EscalationNote" ADD CONSTRAINT "EscalationNote_escalationId_fkey" FOREIGN KEY ("escalationId") REFERENCES "Escalation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
