-- When the press list received a release (embargoed releases go out before publication).
ALTER TABLE "PressRelease" ADD COLUMN "distributedAt" TIMESTAMP(3);
