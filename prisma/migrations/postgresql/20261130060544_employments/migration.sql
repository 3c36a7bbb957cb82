-- CreateTable
CREATE TABLE "Employment" (
    "id" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "employer" TEXT,
    "startsOn" TIMESTAMP(3) NOT NULL,
    "reportedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "endNote" TEXT,

    CONSTRAINT "Employment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Employment_clientId_startsOn_idx" ON "Employment"("clientId", "startsOn");

-- AddForeignKey
ALTER TABLE "Employment" ADD CONSTRAINT "Employment_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;
