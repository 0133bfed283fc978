CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId")
);

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE COLLATION ignore_case (LOCALE = 'und-u-ks-level2',
        PROVIDER = icu,
        DETERMINISTIC = False
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "Agencies" (
        "Id" integer NOT NULL,
        "Name" character varying(100) COLLATE ignore_case NOT NULL,
        "Kind" character varying(32) NOT NULL,
        "ContactEmail" character varying(254),
        "Active" boolean NOT NULL,
        CONSTRAINT "PK_Agencies" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "ApplicationDrafts" (
        "Id" character varying(64) NOT NULL,
        "AnswersJson" text NOT NULL,
        "UpdatedAt" timestamp with time zone NOT NULL,
        "ExpiresAt" timestamp with time zone NOT NULL,
        "SubmittedTrackingCode" character varying(32),
        CONSTRAINT "PK_ApplicationDrafts" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "Applications" (
        "Id" uuid NOT NULL,
        "Reference" character varying(20) NOT NULL,
        "TrackingCode" character varying(32) NOT NULL,
        "Status" character varying(32) NOT NULL,
        "Version" integer NOT NULL,
        "ReceivedAt" timestamp with time zone NOT NULL,
        "ApplicantName" character varying(200) NOT NULL,
        "ApplicantEmail" character varying(254),
        "ApplicantPhone" character varying(30),
        "ApplicantAddress" character varying(500),
        "ApplicantPostcode" character varying(10),
        "PreferredContact" character varying(32) NOT NULL,
        "AccessNeeds" character varying(1000),
        "IsThirdParty" boolean NOT NULL,
        "ThirdPartyName" character varying(200),
        "ThirdPartyRelationship" character varying(200),
        "ThirdPartyVictimConsent" boolean,
        "VictimType" character varying(32) NOT NULL,
        "Location" character varying(500) NOT NULL,
        "Description" character varying(5000) NOT NULL,
        "AsbType" character varying(32) NOT NULL,
        "IssueTypes" text[] NOT NULL,
        "HateMotivated" boolean NOT NULL,
        "Impact" character varying(5000) NOT NULL,
        "Channel" character varying(32) NOT NULL,
        "ProblemStartedOn" date,
        "PostcodeKey" character varying(10),
        "AddressKey" character varying(500),
        "EmailKey" character varying(254),
        "PhoneKey" character varying(30),
        "ThresholdMet" boolean,
        "ThresholdRule" character varying(32),
        "ThresholdReason" character varying(4000),
        "ThresholdSuggestedMet" boolean,
        "MeetingAt" timestamp with time zone,
        "PanelAgencies" text[] NOT NULL,
        "Findings" character varying(10000),
        "SetAsideFindings" character varying(10000),
        "ChairUserId" character varying(450),
        "ChairName" character varying(254),
        "ApplicantParticipation" character varying(32),
        "ApplicantConsultedOn" date,
        "ApplicantConsultedHow" character varying(200),
        "ApplicantConsultationComments" character varying(4000),
        "ApplicantConsultationRecordedBy" character varying(254),
        "AppealKind" character varying(32),
        "AppealGrounds" character varying(4000),
        "AppealUpheld" boolean,
        "AppealDecisionReason" character varying(4000),
        "ClosureReason" character varying(4000),
        "AssignedOfficerId" character varying(450),
        "AssignedOfficerName" character varying(254),
        CONSTRAINT "PK_Applications" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "AspNetRoles" (
        "Id" text NOT NULL,
        "Name" character varying(256),
        "NormalizedName" character varying(256),
        "ConcurrencyStamp" text,
        CONSTRAINT "PK_AspNetRoles" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "AspNetUsers" (
        "Id" text NOT NULL,
        "Agency" text,
        "FullName" character varying(200),
        "Disabled" boolean NOT NULL,
        "UserName" character varying(256),
        "NormalizedUserName" character varying(256),
        "Email" character varying(256),
        "NormalizedEmail" character varying(256),
        "EmailConfirmed" boolean NOT NULL,
        "PasswordHash" text,
        "SecurityStamp" text,
        "ConcurrencyStamp" text,
        "PhoneNumber" text,
        "PhoneNumberConfirmed" boolean NOT NULL,
        "TwoFactorEnabled" boolean NOT NULL,
        "LockoutEnd" timestamp with time zone,
        "LockoutEnabled" boolean NOT NULL,
        "AccessFailedCount" integer NOT NULL,
        CONSTRAINT "PK_AspNetUsers" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "AuditEntries" (
        "Id" bigint GENERATED BY DEFAULT AS IDENTITY,
        "OccurredAt" timestamp with time zone NOT NULL,
        "ActorId" character varying(450) NOT NULL,
        "ActorName" character varying(254) NOT NULL,
        "Action" character varying(60) NOT NULL,
        "CaseReference" character varying(20),
        "Detail" character varying(1000),
        "IpAddress" character varying(45),
        CONSTRAINT "PK_AuditEntries" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "IdempotencyKeys" (
        "Key" character varying(100) NOT NULL,
        "RequestHash" character varying(64) NOT NULL,
        "ApplicationId" uuid NOT NULL,
        "CreatedAt" timestamp with time zone NOT NULL,
        CONSTRAINT "PK_IdempotencyKeys" PRIMARY KEY ("Key")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "OutboxEmails" (
        "Id" bigint GENERATED BY DEFAULT AS IDENTITY,
        "Template" character varying(60) NOT NULL,
        "CaseReference" character varying(20),
        "Recipient" character varying(254) NOT NULL,
        "Subject" character varying(300) NOT NULL,
        "TextBody" text NOT NULL,
        "HtmlBody" text NOT NULL,
        "OnDelivery" character varying(32) NOT NULL,
        "Status" character varying(32) NOT NULL,
        "Attempts" integer NOT NULL,
        "CreatedAt" timestamp with time zone NOT NULL,
        "NextAttemptAt" timestamp with time zone NOT NULL,
        "ClaimToken" uuid,
        "ClaimedUntil" timestamp with time zone,
        "SentAt" timestamp with time zone,
        "LastError" character varying(500),
        CONSTRAINT "PK_OutboxEmails" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "ReferenceCounters" (
        "Year" integer NOT NULL,
        "LastNumber" integer NOT NULL,
        CONSTRAINT "PK_ReferenceCounters" PRIMARY KEY ("Year")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "SentReminders" (
        "Id" bigint GENERATED BY DEFAULT AS IDENTITY,
        "CaseReference" character varying(20) NOT NULL,
        "Subject" character varying(60) NOT NULL,
        "Kind" character varying(32) NOT NULL,
        "ForDate" date NOT NULL,
        "CreatedAt" timestamp with time zone NOT NULL,
        CONSTRAINT "PK_SentReminders" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "AgencyResponses" (
        "Id" integer GENERATED BY DEFAULT AS IDENTITY,
        "Agency" character varying(100) NOT NULL,
        "Knew" character varying(10000) NOT NULL,
        "Did" character varying(10000) NOT NULL,
        "RecordedById" character varying(450) NOT NULL,
        "RecordedByName" character varying(254) NOT NULL,
        "RecordedAt" timestamp with time zone NOT NULL,
        "ReplacedAt" timestamp with time zone,
        "ApplicationId" uuid,
        CONSTRAINT "PK_AgencyResponses" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_AgencyResponses_Applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Applications" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "CaseLinks" (
        "Id" integer GENERATED BY DEFAULT AS IDENTITY,
        "LinkedApplicationId" uuid NOT NULL,
        "LinkedReference" character varying(20) NOT NULL,
        "Reason" character varying(2000) NOT NULL,
        "LinkedById" character varying(450) NOT NULL,
        "LinkedByName" character varying(254) NOT NULL,
        "LinkedAt" timestamp with time zone NOT NULL,
        "ApplicationId" uuid,
        CONSTRAINT "PK_CaseLinks" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_CaseLinks_Applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Applications" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "Complaints" (
        "Id" integer GENERATED BY DEFAULT AS IDENTITY,
        "IncidentDate" date NOT NULL,
        "ReportedDate" date NOT NULL,
        "Agency" character varying(100) NOT NULL,
        "AgencyReference" character varying(100),
        "Summary" character varying(2000) NOT NULL,
        "VerifiedByOfficer" boolean NOT NULL,
        "VerifiedBy" character varying(254),
        "VerifiedAt" timestamp with time zone,
        "ApplicationId" uuid,
        CONSTRAINT "PK_Complaints" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_Complaints_Applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Applications" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "Recommendations" (
        "Id" integer GENERATED BY DEFAULT AS IDENTITY,
        "Action" character varying(2000) NOT NULL,
        "OwnerAgency" character varying(100) NOT NULL,
        "Lead" character varying(200),
        "DueDate" date NOT NULL,
        "Status" character varying(32) NOT NULL,
        "Review" integer NOT NULL,
        "SetAsideAt" timestamp with time zone,
        "ApplicationId" uuid,
        CONSTRAINT "PK_Recommendations" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_Recommendations_Applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Applications" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "StageDeadlines" (
        "Id" integer GENERATED BY DEFAULT AS IDENTITY,
        "Stage" character varying(32) NOT NULL,
        "StartedOn" date NOT NULL,
        "DueDate" date NOT NULL,
        "CompletedAt" timestamp with time zone,
        "Cancelled" boolean NOT NULL,
        "OriginalDueDate" date,
        "ExtensionReason" character varying(4000),
        "ApplicationId" uuid,
        CONSTRAINT "PK_StageDeadlines" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_StageDeadlines_Applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Applications" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "StatusHistory" (
        "Id" bigint GENERATED BY DEFAULT AS IDENTITY,
        "From" character varying(32),
        "To" character varying(32) NOT NULL,
        "Action" character varying(40) NOT NULL,
        "ActorId" character varying(450) NOT NULL,
        "ActorName" character varying(254) NOT NULL,
        "OccurredAt" timestamp with time zone NOT NULL,
        "Reason" character varying(4000),
        "ApplicationId" uuid,
        CONSTRAINT "PK_StatusHistory" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_StatusHistory_Applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Applications" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "AspNetRoleClaims" (
        "Id" integer GENERATED BY DEFAULT AS IDENTITY,
        "RoleId" text NOT NULL,
        "ClaimType" text,
        "ClaimValue" text,
        CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "AspNetUserClaims" (
        "Id" integer GENERATED BY DEFAULT AS IDENTITY,
        "UserId" text NOT NULL,
        "ClaimType" text,
        "ClaimValue" text,
        CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "AspNetUserLogins" (
        "LoginProvider" text NOT NULL,
        "ProviderKey" text NOT NULL,
        "ProviderDisplayName" text,
        "UserId" text NOT NULL,
        CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
        CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "AspNetUserRoles" (
        "UserId" text NOT NULL,
        "RoleId" text NOT NULL,
        CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
        CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
        CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "AspNetUserTokens" (
        "UserId" text NOT NULL,
        "LoginProvider" text NOT NULL,
        "Name" text NOT NULL,
        "Value" text,
        CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
        CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE TABLE "RecommendationUpdates" (
        "Id" integer GENERATED BY DEFAULT AS IDENTITY,
        "From" character varying(32) NOT NULL,
        "To" character varying(32) NOT NULL,
        "Note" character varying(4000),
        "ById" character varying(450) NOT NULL,
        "ByName" character varying(254) NOT NULL,
        "At" timestamp with time zone NOT NULL,
        "RecommendationId" integer,
        CONSTRAINT "PK_RecommendationUpdates" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_RecommendationUpdates_Recommendations_RecommendationId" FOREIGN KEY ("RecommendationId") REFERENCES "Recommendations" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    INSERT INTO "Agencies" ("Id", "Active", "ContactEmail", "Kind", "Name")
    VALUES (1, TRUE, NULL, 'Council', 'Council');
    INSERT INTO "Agencies" ("Id", "Active", "ContactEmail", "Kind", "Name")
    VALUES (2, TRUE, NULL, 'Police', 'Police');
    INSERT INTO "Agencies" ("Id", "Active", "ContactEmail", "Kind", "Name")
    VALUES (3, TRUE, NULL, 'IntegratedCareBoard', 'Integrated Care Board');
    INSERT INTO "Agencies" ("Id", "Active", "ContactEmail", "Kind", "Name")
    VALUES (4, TRUE, NULL, 'HousingProvider', 'Housing Provider');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE UNIQUE INDEX "IX_Agencies_Name" ON "Agencies" ("Name");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_AgencyResponses_ApplicationId" ON "AgencyResponses" ("ApplicationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_ApplicationDrafts_ExpiresAt" ON "ApplicationDrafts" ("ExpiresAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_Applications_AddressKey" ON "Applications" ("AddressKey");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_Applications_EmailKey" ON "Applications" ("EmailKey");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_Applications_PhoneKey" ON "Applications" ("PhoneKey");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_Applications_PostcodeKey" ON "Applications" ("PostcodeKey");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_Applications_ReceivedAt" ON "Applications" ("ReceivedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE UNIQUE INDEX "IX_Applications_Reference" ON "Applications" ("Reference");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_Applications_Status" ON "Applications" ("Status");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE UNIQUE INDEX "IX_Applications_TrackingCode" ON "Applications" ("TrackingCode");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_AuditEntries_ActorId" ON "AuditEntries" ("ActorId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_AuditEntries_CaseReference" ON "AuditEntries" ("CaseReference");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_AuditEntries_OccurredAt" ON "AuditEntries" ("OccurredAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE UNIQUE INDEX "IX_CaseLinks_ApplicationId_LinkedApplicationId" ON "CaseLinks" ("ApplicationId", "LinkedApplicationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_CaseLinks_LinkedApplicationId" ON "CaseLinks" ("LinkedApplicationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_Complaints_ApplicationId" ON "Complaints" ("ApplicationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_OutboxEmails_CaseReference" ON "OutboxEmails" ("CaseReference");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_OutboxEmails_ClaimToken" ON "OutboxEmails" ("ClaimToken");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_OutboxEmails_CreatedAt_Recipient" ON "OutboxEmails" ("CreatedAt", "Recipient");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_OutboxEmails_Status_NextAttemptAt" ON "OutboxEmails" ("Status", "NextAttemptAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_Recommendations_ApplicationId" ON "Recommendations" ("ApplicationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_Recommendations_Status_DueDate" ON "Recommendations" ("Status", "DueDate");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_RecommendationUpdates_RecommendationId" ON "RecommendationUpdates" ("RecommendationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE UNIQUE INDEX "IX_SentReminders_CaseReference_Subject_Kind_ForDate" ON "SentReminders" ("CaseReference", "Subject", "Kind", "ForDate");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_StageDeadlines_ApplicationId" ON "StageDeadlines" ("ApplicationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_StageDeadlines_CompletedAt_DueDate" ON "StageDeadlines" ("CompletedAt", "DueDate");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_StageDeadlines_Stage_DueDate" ON "StageDeadlines" ("Stage", "DueDate");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    CREATE INDEX "IX_StatusHistory_ApplicationId" ON "StatusHistory" ("ApplicationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034453_InitialCaseReviewSchema') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130034453_InitialCaseReviewSchema', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034522_AuditTrailAppendOnly') THEN
    CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'The audit trail is append-only.' USING ERRCODE = 'integrity_constraint_violation';
    END;
    $$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034522_AuditTrailAppendOnly') THEN
    CREATE TRIGGER "AuditEntries_AppendOnly" BEFORE UPDATE OR DELETE ON "AuditEntries"
    FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only();
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034522_AuditTrailAppendOnly') THEN
    CREATE TRIGGER "AuditEntries_NoTruncate" BEFORE TRUNCATE ON "AuditEntries"
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_append_only();
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130034522_AuditTrailAppendOnly') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130034522_AuditTrailAppendOnly', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130045415_ApplicantOutcomeSummary') THEN
    ALTER TABLE "Applications" ADD "ApplicantSummary" character varying(5000);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130045415_ApplicantOutcomeSummary') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130045415_ApplicantOutcomeSummary', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    ALTER TABLE "Recommendations" ADD "OwnerAgencyId" integer NOT NULL DEFAULT 0;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    ALTER TABLE "AgencyResponses" ADD "AgencyId" integer NOT NULL DEFAULT 0;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    ALTER TABLE "AspNetUsers" ADD "AgencyId" integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    ALTER TABLE "Applications" ADD "PanelAgencyIds" integer[] NOT NULL DEFAULT ('{}');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    INSERT INTO "Agencies" ("Id", "Name", "Kind", "ContactEmail", "Active")
    SELECT (SELECT COALESCE(MAX("Id"), 0) FROM "Agencies") + ROW_NUMBER() OVER (ORDER BY n."Name"), n."Name", 'Other', NULL, FALSE
    FROM (
        SELECT MIN(u."Name") AS "Name"
        FROM (
            SELECT unnest("PanelAgencies") AS "Name" FROM "Applications"
            UNION ALL SELECT "OwnerAgency" FROM "Recommendations"
            UNION ALL SELECT "Agency" FROM "AgencyResponses"
            UNION ALL SELECT "Agency" FROM "AspNetUsers") AS u
        WHERE u."Name" IS NOT NULL AND u."Name" <> ''
          AND NOT EXISTS (SELECT 1 FROM "Agencies" AS a WHERE a."Name" = u."Name" COLLATE "ignore_case")
        GROUP BY lower(u."Name")) AS n;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    UPDATE "Recommendations" AS r SET "OwnerAgencyId" = a."Id" FROM "Agencies" AS a WHERE a."Name" = r."OwnerAgency" COLLATE "ignore_case";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    UPDATE "AgencyResponses" AS r SET "AgencyId" = a."Id" FROM "Agencies" AS a WHERE a."Name" = r."Agency" COLLATE "ignore_case";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    UPDATE "AspNetUsers" AS u SET "AgencyId" = a."Id" FROM "Agencies" AS a WHERE a."Name" = u."Agency" COLLATE "ignore_case";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    UPDATE "Applications" SET "PanelAgencyIds" = ARRAY(
        SELECT a."Id" FROM unnest("PanelAgencies") WITH ORDINALITY AS p("Name", "Position")
        JOIN "Agencies" AS a ON a."Name" = p."Name" COLLATE "ignore_case"
        GROUP BY a."Id" ORDER BY MIN(p."Position"));
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    ALTER TABLE "Recommendations" DROP COLUMN "OwnerAgency";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    ALTER TABLE "AgencyResponses" DROP COLUMN "Agency";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    ALTER TABLE "AspNetUsers" DROP COLUMN "Agency";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    ALTER TABLE "Applications" DROP COLUMN "PanelAgencies";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    CREATE INDEX "IX_Recommendations_OwnerAgencyId" ON "Recommendations" ("OwnerAgencyId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    CREATE INDEX "IX_AspNetUsers_AgencyId" ON "AspNetUsers" ("AgencyId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    CREATE INDEX "IX_AgencyResponses_AgencyId" ON "AgencyResponses" ("AgencyId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    ALTER TABLE "AgencyResponses" ADD CONSTRAINT "FK_AgencyResponses_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    ALTER TABLE "AspNetUsers" ADD CONSTRAINT "FK_AspNetUsers_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    ALTER TABLE "Recommendations" ADD CONSTRAINT "FK_Recommendations_Agencies_OwnerAgencyId" FOREIGN KEY ("OwnerAgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130065125_AgenciesById') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130065125_AgenciesById', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130075344_Letters') THEN
    CREATE TABLE "LetterTasks" (
        "Id" bigint GENERATED BY DEFAULT AS IDENTITY,
        "CaseReference" character varying(20) NOT NULL,
        "Notice" character varying(32) NOT NULL,
        "Delivery" character varying(32) NOT NULL,
        "DueSince" timestamp with time zone NOT NULL,
        "DoneAt" timestamp with time zone,
        "DoneById" character varying(450),
        "DoneByName" character varying(254),
        CONSTRAINT "PK_LetterTasks" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130075344_Letters') THEN
    CREATE INDEX "IX_LetterTasks_CaseReference" ON "LetterTasks" ("CaseReference");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130075344_Letters') THEN
    CREATE INDEX "IX_LetterTasks_DoneAt_DueSince" ON "LetterTasks" ("DoneAt", "DueSince");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130075344_Letters') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130075344_Letters', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130082450_CaseNotes') THEN
    CREATE TABLE "CaseNotes" (
        "Id" bigint GENERATED BY DEFAULT AS IDENTITY,
        "ApplicationId" uuid NOT NULL,
        "Kind" character varying(32) NOT NULL,
        "Text" character varying(10000) NOT NULL,
        "With" character varying(200),
        "At" timestamp with time zone NOT NULL,
        "SharedWithPanel" boolean NOT NULL,
        "CorrectsId" bigint,
        "WrittenById" character varying(450) NOT NULL,
        "WrittenByName" character varying(254) NOT NULL,
        "WrittenAt" timestamp with time zone NOT NULL,
        CONSTRAINT "PK_CaseNotes" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_CaseNotes_Applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Applications" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130082450_CaseNotes') THEN
    CREATE INDEX "IX_CaseNotes_ApplicationId_At" ON "CaseNotes" ("ApplicationId", "At");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130082450_CaseNotes') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130082450_CaseNotes', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130083325_Retention') THEN
    ALTER TABLE "Applications" ADD "AnonymisedAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130083325_Retention') THEN
    CREATE OR REPLACE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' AND TG_LEVEL = 'ROW' THEN
            IF NEW."IpAddress" IS NULL
                AND (NEW."Id", NEW."OccurredAt", NEW."ActorId", NEW."ActorName", NEW."Action", NEW."CaseReference", NEW."Detail")
                    IS NOT DISTINCT FROM (OLD."Id", OLD."OccurredAt", OLD."ActorId", OLD."ActorName", OLD."Action", OLD."CaseReference", OLD."Detail") THEN
                RETURN NEW;
            END IF;
        END IF;
        RAISE EXCEPTION 'The audit trail is append-only.' USING ERRCODE = 'integrity_constraint_violation';
    END;
    $$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130083325_Retention') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130083325_Retention', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130112018_ScaleIndexes') THEN
    CREATE INDEX "IX_StatusHistory_Action_OccurredAt" ON "StatusHistory" ("Action", "OccurredAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130112018_ScaleIndexes') THEN
    CREATE INDEX "IX_Applications_AssignedOfficerId_AssignedOfficerName" ON "Applications" ("AssignedOfficerId", "AssignedOfficerName");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130112018_ScaleIndexes') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130112018_ScaleIndexes', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130122005_Documents') THEN
    CREATE TABLE "CaseDocuments" (
        "Id" bigint GENERATED BY DEFAULT AS IDENTITY,
        "ApplicationId" uuid NOT NULL,
        "FileName" character varying(150) NOT NULL,
        "ContentType" character varying(100) NOT NULL,
        "Size" bigint NOT NULL,
        "Sha256" character varying(64) NOT NULL,
        "Description" character varying(500),
        "SharedWithPanel" boolean NOT NULL,
        "AgencyId" integer,
        "FromApplicant" boolean NOT NULL,
        "UploadedById" character varying(450) NOT NULL,
        "UploadedByName" character varying(254) NOT NULL,
        "UploadedAt" timestamp with time zone NOT NULL,
        CONSTRAINT "PK_CaseDocuments" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_CaseDocuments_Applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Applications" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130122005_Documents') THEN
    CREATE TABLE "CaseDocumentContents" (
        "DocumentId" bigint NOT NULL,
        "Bytes" bytea NOT NULL,
        CONSTRAINT "PK_CaseDocumentContents" PRIMARY KEY ("DocumentId"),
        CONSTRAINT "FK_CaseDocumentContents_CaseDocuments_DocumentId" FOREIGN KEY ("DocumentId") REFERENCES "CaseDocuments" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130122005_Documents') THEN
    CREATE INDEX "IX_CaseDocuments_ApplicationId_UploadedAt" ON "CaseDocuments" ("ApplicationId", "UploadedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130122005_Documents') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130122005_Documents', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151557_ThirdParties') THEN
    ALTER TABLE "Applications" RENAME COLUMN "ThirdPartyName" TO "VictimName";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151557_ThirdParties') THEN
    ALTER TABLE "Applications" ADD "ApplicantPostcodeKey" character varying(10);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151557_ThirdParties') THEN
    ALTER TABLE "Applications" ADD "ThirdPartyConsentGivenOn" date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151557_ThirdParties') THEN
    ALTER TABLE "Applications" ADD "ThirdPartyConsentHow" character varying(32);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151557_ThirdParties') THEN
    ALTER TABLE "Applications" ADD "VictimAddress" character varying(500);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151557_ThirdParties') THEN
    ALTER TABLE "Applications" ADD "VictimAgreesToContact" boolean;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151557_ThirdParties') THEN
    ALTER TABLE "Applications" ADD "VictimEmail" character varying(254);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151557_ThirdParties') THEN
    ALTER TABLE "Applications" ADD "VictimEmailKey" character varying(254);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151557_ThirdParties') THEN
    ALTER TABLE "Applications" ADD "VictimPhone" character varying(30);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151557_ThirdParties') THEN
    ALTER TABLE "Applications" ADD "VictimPhoneKey" character varying(30);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151557_ThirdParties') THEN
    ALTER TABLE "Applications" ADD "VictimPostcode" character varying(10);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151557_ThirdParties') THEN
    CREATE INDEX "IX_Applications_ApplicantPostcodeKey" ON "Applications" ("ApplicantPostcodeKey");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151557_ThirdParties') THEN
    CREATE INDEX "IX_Applications_VictimEmailKey" ON "Applications" ("VictimEmailKey");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151557_ThirdParties') THEN
    CREATE INDEX "IX_Applications_VictimPhoneKey" ON "Applications" ("VictimPhoneKey");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151557_ThirdParties') THEN
    UPDATE "Applications" SET "ApplicantName" = "VictimName", "VictimName" = "ApplicantName" WHERE "IsThirdParty" AND "VictimName" IS NOT NULL AND "Channel" = 'Online';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151557_ThirdParties') THEN
    UPDATE "Applications" SET "VictimAddress" = "ApplicantAddress", "VictimPostcode" = "ApplicantPostcode", "VictimAgreesToContact" = FALSE WHERE "IsThirdParty" AND "VictimName" IS NOT NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151557_ThirdParties') THEN
    UPDATE "Applications" SET "ApplicantPostcodeKey" = "PostcodeKey";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151557_ThirdParties') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130151557_ThirdParties', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151854_CaseSearch') THEN
    ALTER TABLE "Applications" ADD "PanelSearchText" text;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151854_CaseSearch') THEN
    ALTER TABLE "Applications" ADD "SearchText" text;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151854_CaseSearch') THEN
    ALTER TABLE "Applications" ADD "SearchTextVersion" integer NOT NULL DEFAULT 0;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151854_CaseSearch') THEN
    CREATE INDEX "IX_Applications_SearchTextVersion" ON "Applications" ("SearchTextVersion");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130151854_CaseSearch') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130151854_CaseSearch', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130162624_SatisfactionSurvey') THEN
    CREATE TABLE "SurveyInvitations" (
        "Id" uuid NOT NULL,
        "CaseId" uuid NOT NULL,
        "TokenHash" character varying(64) NOT NULL,
        "FinancialYear" integer NOT NULL,
        "ExpiresAt" timestamp with time zone NOT NULL,
        "Answered" boolean NOT NULL,
        CONSTRAINT "PK_SurveyInvitations" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_SurveyInvitations_Applications_CaseId" FOREIGN KEY ("CaseId") REFERENCES "Applications" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130162624_SatisfactionSurvey') THEN
    CREATE TABLE "SurveyResponses" (
        "Id" uuid NOT NULL,
        "FinancialYear" integer NOT NULL,
        "Improved" character varying(32),
        "KeptInformed" character varying(32),
        "ListenedTo" character varying(32),
        "Comments" character varying(2000),
        CONSTRAINT "PK_SurveyResponses" PRIMARY KEY ("Id")
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130162624_SatisfactionSurvey') THEN
    CREATE UNIQUE INDEX "IX_SurveyInvitations_CaseId" ON "SurveyInvitations" ("CaseId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130162624_SatisfactionSurvey') THEN
    CREATE INDEX "IX_SurveyInvitations_ExpiresAt" ON "SurveyInvitations" ("ExpiresAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130162624_SatisfactionSurvey') THEN
    CREATE INDEX "IX_SurveyInvitations_FinancialYear" ON "SurveyInvitations" ("FinancialYear");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130162624_SatisfactionSurvey') THEN
    CREATE UNIQUE INDEX "IX_SurveyInvitations_TokenHash" ON "SurveyInvitations" ("TokenHash");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130162624_SatisfactionSurvey') THEN
    CREATE INDEX "IX_SurveyResponses_FinancialYear" ON "SurveyResponses" ("FinancialYear");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130162624_SatisfactionSurvey') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130162624_SatisfactionSurvey', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130174814_DetailCorrections') THEN
    ALTER TABLE "Complaints" ADD "CaseApplicationId" uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130174814_DetailCorrections') THEN
    CREATE TABLE "DetailCorrections" (
        "Id" integer GENERATED BY DEFAULT AS IDENTITY,
        "Field" character varying(64) NOT NULL,
        "OldValue" character varying(5000),
        "NewValue" character varying(5000),
        "Reason" character varying(2000) NOT NULL,
        "CorrectedById" character varying(450) NOT NULL,
        "CorrectedByName" character varying(254) NOT NULL,
        "CorrectedAt" timestamp with time zone NOT NULL,
        "ApplicationId" uuid,
        CONSTRAINT "PK_DetailCorrections" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_DetailCorrections_Applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Applications" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130174814_DetailCorrections') THEN
    CREATE INDEX "IX_Complaints_CaseApplicationId" ON "Complaints" ("CaseApplicationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130174814_DetailCorrections') THEN
    CREATE INDEX "IX_DetailCorrections_ApplicationId" ON "DetailCorrections" ("ApplicationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130174814_DetailCorrections') THEN
    ALTER TABLE "Complaints" ADD CONSTRAINT "FK_Complaints_Applications_CaseApplicationId" FOREIGN KEY ("CaseApplicationId") REFERENCES "Applications" ("Id");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130174814_DetailCorrections') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130174814_DetailCorrections', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130190316_RiskAssessments') THEN
    CREATE TABLE "RiskAssessments" (
        "Id" bigint GENERATED BY DEFAULT AS IDENTITY,
        "ApplicationId" uuid NOT NULL,
        "QuestionnaireVersion" character varying(50) NOT NULL,
        "AnswersJson" text NOT NULL,
        "Score" integer NOT NULL,
        "ComputedLevel" character varying(32) NOT NULL,
        "Level" character varying(32) NOT NULL,
        "RaiseReason" character varying(2000),
        "AssessedById" character varying(450) NOT NULL,
        "AssessedByName" character varying(254) NOT NULL,
        "AssessedAt" timestamp with time zone NOT NULL,
        CONSTRAINT "PK_RiskAssessments" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_RiskAssessments_Applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Applications" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130190316_RiskAssessments') THEN
    CREATE INDEX "IX_RiskAssessments_ApplicationId_Id" ON "RiskAssessments" ("ApplicationId", "Id");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130190316_RiskAssessments') THEN
    CREATE INDEX "IX_RiskAssessments_Level_ApplicationId_Id" ON "RiskAssessments" ("Level", "ApplicationId", "Id");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130190316_RiskAssessments') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130190316_RiskAssessments', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130194300_PanelPack') THEN
    CREATE TABLE "InformationRequests" (
        "Id" integer GENERATED BY DEFAULT AS IDENTITY,
        "AgencyId" integer NOT NULL,
        "RequestedAt" timestamp with time zone NOT NULL,
        "DueDate" date NOT NULL,
        "ShortNotice" boolean NOT NULL,
        "AnsweredAt" timestamp with time zone,
        "SetAsideAt" timestamp with time zone,
        "ApplicationId" uuid,
        CONSTRAINT "PK_InformationRequests" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_InformationRequests_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT,
        CONSTRAINT "FK_InformationRequests_Applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Applications" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130194300_PanelPack') THEN
    CREATE TABLE "MeetingRecords" (
        "Id" integer GENERATED BY DEFAULT AS IDENTITY,
        "MeetingAt" timestamp with time zone NOT NULL,
        "Minutes" character varying(20000),
        "RecordedById" character varying(450) NOT NULL,
        "RecordedByName" character varying(254) NOT NULL,
        "RecordedAt" timestamp with time zone NOT NULL,
        "ReplacedAt" timestamp with time zone,
        "ApplicationId" uuid,
        CONSTRAINT "PK_MeetingRecords" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_MeetingRecords_Applications_ApplicationId" FOREIGN KEY ("ApplicationId") REFERENCES "Applications" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130194300_PanelPack') THEN
    CREATE TABLE "MeetingAttendance" (
        "Id" integer GENERATED BY DEFAULT AS IDENTITY,
        "AgencyId" integer NOT NULL,
        "Attendance" integer NOT NULL,
        "Attendees" character varying(500),
        "MeetingRecordId" integer,
        CONSTRAINT "PK_MeetingAttendance" PRIMARY KEY ("Id"),
        CONSTRAINT "FK_MeetingAttendance_Agencies_AgencyId" FOREIGN KEY ("AgencyId") REFERENCES "Agencies" ("Id") ON DELETE RESTRICT,
        CONSTRAINT "FK_MeetingAttendance_MeetingRecords_MeetingRecordId" FOREIGN KEY ("MeetingRecordId") REFERENCES "MeetingRecords" ("Id") ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130194300_PanelPack') THEN
    CREATE INDEX "IX_InformationRequests_AgencyId" ON "InformationRequests" ("AgencyId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130194300_PanelPack') THEN
    CREATE INDEX "IX_InformationRequests_AnsweredAt_SetAsideAt_DueDate" ON "InformationRequests" ("AnsweredAt", "SetAsideAt", "DueDate");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130194300_PanelPack') THEN
    CREATE INDEX "IX_InformationRequests_ApplicationId" ON "InformationRequests" ("ApplicationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130194300_PanelPack') THEN
    CREATE INDEX "IX_MeetingAttendance_AgencyId" ON "MeetingAttendance" ("AgencyId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130194300_PanelPack') THEN
    CREATE INDEX "IX_MeetingAttendance_MeetingRecordId" ON "MeetingAttendance" ("MeetingRecordId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130194300_PanelPack') THEN
    CREATE INDEX "IX_MeetingRecords_ApplicationId" ON "MeetingRecords" ("ApplicationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130194300_PanelPack') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130194300_PanelPack', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130204318_ProcessingRestriction') THEN
    ALTER TABLE "Applications" ADD "RestrictedAt" timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130204318_ProcessingRestriction') THEN
    ALTER TABLE "Applications" ADD "RestrictedBy" character varying(254);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130204318_ProcessingRestriction') THEN
    ALTER TABLE "Applications" ADD "RestrictionGround" character varying(32);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130204318_ProcessingRestriction') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130204318_ProcessingRestriction', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130233713_StageCompletedOn') THEN
    DROP INDEX "IX_StageDeadlines_CompletedAt_DueDate";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130233713_StageCompletedOn') THEN
    ALTER TABLE "StageDeadlines" ADD "CompletedOn" date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130233713_StageCompletedOn') THEN
    UPDATE "StageDeadlines" SET "CompletedOn" = ("CompletedAt" AT TIME ZONE 'Europe/London')::date
    WHERE "CompletedAt" IS NOT NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130233713_StageCompletedOn') THEN
    CREATE INDEX "IX_StageDeadlines_CompletedAt_DueDate_Stage_ApplicationId" ON "StageDeadlines" ("CompletedAt", "DueDate", "Stage", "ApplicationId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130233713_StageCompletedOn') THEN
    CREATE INDEX "IX_StageDeadlines_CompletedOn_Stage_Cancelled_DueDate_StartedOn" ON "StageDeadlines" ("CompletedOn", "Stage", "Cancelled", "DueDate", "StartedOn");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261130233713_StageCompletedOn') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261130233713_StageCompletedOn', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201003219_OutboxRecipientKey') THEN
    DROP INDEX "IX_OutboxEmails_CreatedAt_Recipient";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201003219_OutboxRecipientKey') THEN
    ALTER TABLE "OutboxEmails" ADD "RecipientKey" character varying(254) NOT NULL DEFAULT '';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201003219_OutboxRecipientKey') THEN
    UPDATE "OutboxEmails" SET "RecipientKey" = lower(trim("Recipient"));
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201003219_OutboxRecipientKey') THEN
    CREATE INDEX "IX_OutboxEmails_RecipientKey_CreatedAt" ON "OutboxEmails" ("RecipientKey", "CreatedAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201003219_OutboxRecipientKey') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261201003219_OutboxRecipientKey', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201030117_StatisticsHistoryIndexes') THEN
    DROP INDEX "IX_StatusHistory_Action_OccurredAt";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201030117_StatisticsHistoryIndexes') THEN
    DROP INDEX "IX_StatusHistory_ApplicationId";
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201030117_StatisticsHistoryIndexes') THEN
    CREATE INDEX "IX_StatusHistory_Action_OccurredAt_To" ON "StatusHistory" ("Action", "OccurredAt", "To");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201030117_StatisticsHistoryIndexes') THEN
    CREATE INDEX "IX_StatusHistory_ApplicationId_Action_OccurredAt" ON "StatusHistory" ("ApplicationId", "Action", "OccurredAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201030117_StatisticsHistoryIndexes') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261201030117_StatisticsHistoryIndexes', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201040731_RecommendationMadeAt') THEN
    ALTER TABLE "Recommendations" ADD "MadeAt" timestamp with time zone NOT NULL DEFAULT TIMESTAMPTZ '-infinity';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201040731_RecommendationMadeAt') THEN
    UPDATE "Recommendations" SET "MadeAt" = COALESCE((
        SELECT MIN(h."OccurredAt") FROM "StatusHistory" h
        WHERE h."ApplicationId" = "Recommendations"."ApplicationId" AND h."Action" = 'record-review'
          AND (SELECT COUNT(*) FROM "StatusHistory" o
               WHERE o."ApplicationId" = h."ApplicationId" AND o."Action" = 'record-review'
                 AND (o."OccurredAt" < h."OccurredAt" OR (o."OccurredAt" = h."OccurredAt" AND o."Id" <= h."Id"))) = "Recommendations"."Review"),
        "MadeAt");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201040731_RecommendationMadeAt') THEN
    CREATE INDEX "IX_Recommendations_MadeAt_ApplicationId_Review" ON "Recommendations" ("MadeAt", "ApplicationId", "Review");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201040731_RecommendationMadeAt') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261201040731_RecommendationMadeAt', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201062008_SearchTrigramIndex') THEN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201062008_SearchTrigramIndex') THEN
    CREATE INDEX "IX_Applications_SearchText_Trigrams" ON "Applications" USING gin ("SearchText" gin_trgm_ops);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20261201062008_SearchTrigramIndex') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20261201062008_SearchTrigramIndex', '10.0.15');
    END IF;
END $EF$;
COMMIT;

