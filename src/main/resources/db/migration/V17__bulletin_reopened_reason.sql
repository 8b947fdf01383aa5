-- Why a signed-off bulletin came back to the office without the signer returning it (its files no longer matched
-- what was signed off when it was to be published): a reason code the compile page shows in the user's language.
-- Cleared when the office sends the draft to sign-off again.
ALTER TABLE bulletin ADD COLUMN reopened_reason VARCHAR(64);
