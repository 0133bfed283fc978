IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE TABLE [Agencies] (
        [Id] int NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [ContactEmail] nvarchar(254) NULL,
        CONSTRAINT [PK_Agencies] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE TABLE [Applications] (
        [Id] uniqueidentifier NOT NULL,
        [Reference] nvarchar(20) NOT NULL,
        [TrackingCode] nvarchar(32) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [Version] int NOT NULL,
        [ReceivedAt] datetime2 NOT NULL,
        [ApplicantName] nvarchar(200) NOT NULL,
        [ApplicantEmail] nvarchar(254) NULL,
        [ApplicantPhone] nvarchar(30) NULL,
        [ApplicantAddress] nvarchar(500) NULL,
        [ApplicantPostcode] nvarchar(10) NULL,
        [PreferredContact] nvarchar(32) NOT NULL,
        [AccessNeeds] nvarchar(1000) NULL,
        [IsThirdParty] bit NOT NULL,
        [ThirdPartyName] nvarchar(200) NULL,
        [ThirdPartyRelationship] nvarchar(200) NULL,
        [ThirdPartyVictimConsent] bit NULL,
        [VictimType] nvarchar(32) NOT NULL,
        [Location] nvarchar(500) NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [AsbType] nvarchar(32) NOT NULL,
        [IssueTypes] nvarchar(max) NOT NULL,
        [HateMotivated] bit NOT NULL,
        [Impact] nvarchar(max) NOT NULL,
        [Channel] nvarchar(32) NOT NULL,
        [ProblemStartedOn] date NULL,
        [ThresholdMet] bit NULL,
        [ThresholdRule] nvarchar(32) NULL,
        [ThresholdReason] nvarchar(4000) NULL,
        [ThresholdSuggestedMet] bit NULL,
        [MeetingAt] datetime2 NULL,
        [PanelAgencies] nvarchar(max) NOT NULL,
        [Findings] nvarchar(max) NULL,
        [AppealKind] nvarchar(32) NULL,
        [AppealGrounds] nvarchar(4000) NULL,
        [AppealUpheld] bit NULL,
        [AppealDecisionReason] nvarchar(4000) NULL,
        [ClosureReason] nvarchar(4000) NULL,
        CONSTRAINT [PK_Applications] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [Agency] nvarchar(max) NULL,
        [Disabled] bit NOT NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [OccurredAt] datetime2 NOT NULL,
        [ActorId] nvarchar(450) NOT NULL,
        [ActorName] nvarchar(254) NOT NULL,
        [Action] nvarchar(60) NOT NULL,
        [CaseReference] nvarchar(20) NULL,
        [Detail] nvarchar(1000) NULL,
        [IpAddress] nvarchar(45) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE TABLE [IdempotencyKeys] (
        [Key] nvarchar(100) NOT NULL,
        [RequestHash] nvarchar(64) NOT NULL,
        [ApplicationId] uniqueidentifier NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_IdempotencyKeys] PRIMARY KEY ([Key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE TABLE [ReferenceCounters] (
        [Year] int NOT NULL,
        [LastNumber] int NOT NULL,
        CONSTRAINT [PK_ReferenceCounters] PRIMARY KEY ([Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE TABLE [Complaints] (
        [Id] int NOT NULL IDENTITY,
        [IncidentDate] date NOT NULL,
        [ReportedDate] date NOT NULL,
        [Agency] nvarchar(100) NOT NULL,
        [AgencyReference] nvarchar(100) NULL,
        [Summary] nvarchar(2000) NOT NULL,
        [VerifiedByOfficer] bit NOT NULL,
        [VerifiedBy] nvarchar(254) NULL,
        [VerifiedAt] datetime2 NULL,
        [ApplicationId] uniqueidentifier NULL,
        CONSTRAINT [PK_Complaints] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Complaints_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE TABLE [Recommendations] (
        [Id] int NOT NULL IDENTITY,
        [Action] nvarchar(2000) NOT NULL,
        [OwnerAgency] nvarchar(100) NOT NULL,
        [Lead] nvarchar(200) NULL,
        [DueDate] date NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [ApplicationId] uniqueidentifier NULL,
        CONSTRAINT [PK_Recommendations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Recommendations_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE TABLE [StageDeadlines] (
        [Id] int NOT NULL IDENTITY,
        [Stage] nvarchar(32) NOT NULL,
        [StartedOn] date NOT NULL,
        [DueDate] date NOT NULL,
        [CompletedAt] datetime2 NULL,
        [Cancelled] bit NOT NULL,
        [ApplicationId] uniqueidentifier NULL,
        CONSTRAINT [PK_StageDeadlines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StageDeadlines_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE TABLE [StatusHistory] (
        [Id] bigint NOT NULL IDENTITY,
        [From] nvarchar(32) NULL,
        [To] nvarchar(32) NOT NULL,
        [Action] nvarchar(40) NOT NULL,
        [ActorId] nvarchar(450) NOT NULL,
        [ActorName] nvarchar(254) NOT NULL,
        [OccurredAt] datetime2 NOT NULL,
        [Reason] nvarchar(4000) NULL,
        [ApplicationId] uniqueidentifier NULL,
        CONSTRAINT [PK_StatusHistory] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StatusHistory_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'ContactEmail', N'Kind', N'Name') AND [object_id] = OBJECT_ID(N'[Agencies]'))
        SET IDENTITY_INSERT [Agencies] ON;
    EXEC(N'INSERT INTO [Agencies] ([Id], [ContactEmail], [Kind], [Name])
    VALUES (1, NULL, N''Council'', N''Council''),
    (2, NULL, N''Police'', N''Police''),
    (3, NULL, N''IntegratedCareBoard'', N''Integrated Care Board''),
    (4, NULL, N''HousingProvider'', N''Housing Provider'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'ContactEmail', N'Kind', N'Name') AND [object_id] = OBJECT_ID(N'[Agencies]'))
        SET IDENTITY_INSERT [Agencies] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Agencies_Name] ON [Agencies] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE INDEX [IX_Applications_ReceivedAt] ON [Applications] ([ReceivedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Applications_Reference] ON [Applications] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE INDEX [IX_Applications_Status] ON [Applications] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Applications_TrackingCode] ON [Applications] ([TrackingCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_CaseReference] ON [AuditEntries] ([CaseReference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_OccurredAt] ON [AuditEntries] ([OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE INDEX [IX_Complaints_ApplicationId] ON [Complaints] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE INDEX [IX_Recommendations_ApplicationId] ON [Recommendations] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE INDEX [IX_Recommendations_Status_DueDate] ON [Recommendations] ([Status], [DueDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE INDEX [IX_StageDeadlines_ApplicationId] ON [StageDeadlines] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE INDEX [IX_StageDeadlines_CompletedAt_DueDate] ON [StageDeadlines] ([CompletedAt], [DueDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE INDEX [IX_StageDeadlines_Stage_DueDate] ON [StageDeadlines] ([Stage], [DueDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    CREATE INDEX [IX_StatusHistory_ApplicationId] ON [StatusHistory] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122142220_InitialCaseReviewSchema'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122142220_InitialCaseReviewSchema', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122152059_AddDeadlineExtensions'
)
BEGIN
    ALTER TABLE [StageDeadlines] ADD [ExtensionReason] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122152059_AddDeadlineExtensions'
)
BEGIN
    ALTER TABLE [StageDeadlines] ADD [OriginalDueDate] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261122152059_AddDeadlineExtensions'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261122152059_AddDeadlineExtensions', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123103737_EmailOutboxAndReminders'
)
BEGIN
    ALTER TABLE [Applications] ADD [AssignedOfficerId] nvarchar(450) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123103737_EmailOutboxAndReminders'
)
BEGIN
    ALTER TABLE [Applications] ADD [AssignedOfficerName] nvarchar(254) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123103737_EmailOutboxAndReminders'
)
BEGIN
    CREATE TABLE [OutboxEmails] (
        [Id] bigint NOT NULL IDENTITY,
        [Template] nvarchar(60) NOT NULL,
        [CaseReference] nvarchar(20) NULL,
        [Recipient] nvarchar(254) NOT NULL,
        [Subject] nvarchar(300) NOT NULL,
        [TextBody] nvarchar(max) NOT NULL,
        [HtmlBody] nvarchar(max) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [Attempts] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [NextAttemptAt] datetime2 NOT NULL,
        [ClaimToken] uniqueidentifier NULL,
        [ClaimedUntil] datetime2 NULL,
        [SentAt] datetime2 NULL,
        [LastError] nvarchar(500) NULL,
        CONSTRAINT [PK_OutboxEmails] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123103737_EmailOutboxAndReminders'
)
BEGIN
    CREATE TABLE [SentReminders] (
        [Id] bigint NOT NULL IDENTITY,
        [CaseReference] nvarchar(20) NOT NULL,
        [Subject] nvarchar(60) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [ForDate] date NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_SentReminders] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123103737_EmailOutboxAndReminders'
)
BEGIN
    CREATE INDEX [IX_OutboxEmails_CaseReference] ON [OutboxEmails] ([CaseReference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123103737_EmailOutboxAndReminders'
)
BEGIN
    CREATE INDEX [IX_OutboxEmails_ClaimToken] ON [OutboxEmails] ([ClaimToken]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123103737_EmailOutboxAndReminders'
)
BEGIN
    CREATE INDEX [IX_OutboxEmails_Status_NextAttemptAt] ON [OutboxEmails] ([Status], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123103737_EmailOutboxAndReminders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SentReminders_CaseReference_Subject_Kind_ForDate] ON [SentReminders] ([CaseReference], [Subject], [Kind], [ForDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123103737_EmailOutboxAndReminders'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123103737_EmailOutboxAndReminders', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    ALTER TABLE [Applications] ADD [AddressKey] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    ALTER TABLE [Applications] ADD [ApplicantConsultationComments] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    ALTER TABLE [Applications] ADD [ApplicantConsultationRecordedBy] nvarchar(254) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    ALTER TABLE [Applications] ADD [ApplicantConsultedHow] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    ALTER TABLE [Applications] ADD [ApplicantConsultedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    ALTER TABLE [Applications] ADD [ApplicantParticipation] nvarchar(32) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    ALTER TABLE [Applications] ADD [ChairName] nvarchar(254) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    ALTER TABLE [Applications] ADD [ChairUserId] nvarchar(450) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    ALTER TABLE [Applications] ADD [EmailKey] nvarchar(254) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    ALTER TABLE [Applications] ADD [PhoneKey] nvarchar(30) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    ALTER TABLE [Applications] ADD [PostcodeKey] nvarchar(10) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    ALTER TABLE [Agencies] ADD [Active] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    CREATE TABLE [AgencyResponses] (
        [Id] int NOT NULL IDENTITY,
        [Agency] nvarchar(100) NOT NULL,
        [Knew] nvarchar(max) NOT NULL,
        [Did] nvarchar(max) NOT NULL,
        [RecordedById] nvarchar(450) NOT NULL,
        [RecordedByName] nvarchar(254) NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        [ReplacedAt] datetime2 NULL,
        [ApplicationId] uniqueidentifier NULL,
        [CaseApplicationId] uniqueidentifier NULL,
        CONSTRAINT [PK_AgencyResponses] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AgencyResponses_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AgencyResponses_Applications_CaseApplicationId] FOREIGN KEY ([CaseApplicationId]) REFERENCES [Applications] ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    CREATE TABLE [CaseLinks] (
        [Id] int NOT NULL IDENTITY,
        [LinkedApplicationId] uniqueidentifier NOT NULL,
        [LinkedReference] nvarchar(20) NOT NULL,
        [Reason] nvarchar(2000) NOT NULL,
        [LinkedById] nvarchar(450) NOT NULL,
        [LinkedByName] nvarchar(254) NOT NULL,
        [LinkedAt] datetime2 NOT NULL,
        [ApplicationId] uniqueidentifier NULL,
        CONSTRAINT [PK_CaseLinks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseLinks_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    CREATE TABLE [RecommendationUpdates] (
        [Id] int NOT NULL IDENTITY,
        [From] nvarchar(32) NOT NULL,
        [To] nvarchar(32) NOT NULL,
        [Note] nvarchar(4000) NULL,
        [ById] nvarchar(450) NOT NULL,
        [ByName] nvarchar(254) NOT NULL,
        [At] datetime2 NOT NULL,
        [RecommendationId] int NULL,
        CONSTRAINT [PK_RecommendationUpdates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RecommendationUpdates_Recommendations_RecommendationId] FOREIGN KEY ([RecommendationId]) REFERENCES [Recommendations] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    EXEC(N'UPDATE [Agencies] SET [Active] = CAST(1 AS bit)
    WHERE [Id] = 1;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    EXEC(N'UPDATE [Agencies] SET [Active] = CAST(1 AS bit)
    WHERE [Id] = 2;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    EXEC(N'UPDATE [Agencies] SET [Active] = CAST(1 AS bit)
    WHERE [Id] = 3;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    EXEC(N'UPDATE [Agencies] SET [Active] = CAST(1 AS bit)
    WHERE [Id] = 4;
    SELECT @@ROWCOUNT');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_ActorId] ON [AuditEntries] ([ActorId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    CREATE INDEX [IX_Applications_AddressKey] ON [Applications] ([AddressKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    CREATE INDEX [IX_Applications_EmailKey] ON [Applications] ([EmailKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    CREATE INDEX [IX_Applications_PhoneKey] ON [Applications] ([PhoneKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    CREATE INDEX [IX_Applications_PostcodeKey] ON [Applications] ([PostcodeKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    CREATE INDEX [IX_AgencyResponses_ApplicationId] ON [AgencyResponses] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    CREATE INDEX [IX_AgencyResponses_CaseApplicationId] ON [AgencyResponses] ([CaseApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_CaseLinks_ApplicationId_LinkedApplicationId] ON [CaseLinks] ([ApplicationId], [LinkedApplicationId]) WHERE [ApplicationId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    CREATE INDEX [IX_CaseLinks_LinkedApplicationId] ON [CaseLinks] ([LinkedApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    CREATE INDEX [IX_RecommendationUpdates_RecommendationId] ON [RecommendationUpdates] ([RecommendationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110036_StaffSideReviewLinksAgencies'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123110036_StaffSideReviewLinksAgencies', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110951_AddApplicationDrafts'
)
BEGIN
    CREATE TABLE [ApplicationDrafts] (
        [Id] nvarchar(64) NOT NULL,
        [AnswersJson] nvarchar(max) NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [ExpiresAt] datetime2 NOT NULL,
        [SubmittedTrackingCode] nvarchar(32) NULL,
        CONSTRAINT [PK_ApplicationDrafts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110951_AddApplicationDrafts'
)
BEGIN
    CREATE INDEX [IX_ApplicationDrafts_ExpiresAt] ON [ApplicationDrafts] ([ExpiresAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123110951_AddApplicationDrafts'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123110951_AddApplicationDrafts', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123170749_StaffNames'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [FullName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123170749_StaffNames'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123170749_StaffNames', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129224417_AuditTrailAppendOnly'
)
BEGIN
    EXEC(N'CREATE TRIGGER [AuditEntries_AppendOnly] ON [AuditEntries]
    INSTEAD OF UPDATE, DELETE
    AS
    BEGIN
        SET NOCOUNT ON;
        THROW 51000, ''The audit trail is append-only.'', 1;
    END;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129224417_AuditTrailAppendOnly'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129224417_AuditTrailAppendOnly', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129225336_OutboxEmailDeliveryFollowUp'
)
BEGIN
    ALTER TABLE [OutboxEmails] ADD [OnDelivery] nvarchar(32) NOT NULL DEFAULT N'None';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129225336_OutboxEmailDeliveryFollowUp'
)
BEGIN
    EXEC(N'UPDATE [OutboxEmails] SET [OnDelivery] = N''RecordAcknowledgement'' WHERE [Template] = N''acknowledgement''')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129225336_OutboxEmailDeliveryFollowUp'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129225336_OutboxEmailDeliveryFollowUp', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129225959_ReviewSetAsideAndAgencyNamesIgnoreCase'
)
BEGIN
    ALTER TABLE [Recommendations] ADD [Review] int NOT NULL DEFAULT 1;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129225959_ReviewSetAsideAndAgencyNamesIgnoreCase'
)
BEGIN
    ALTER TABLE [Recommendations] ADD [SetAsideAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129225959_ReviewSetAsideAndAgencyNamesIgnoreCase'
)
BEGIN
    ALTER TABLE [Applications] ADD [SetAsideFindings] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129225959_ReviewSetAsideAndAgencyNamesIgnoreCase'
)
BEGIN
    UPDATE [Agencies] SET [Name] = LEFT([Name], 80) + N' (duplicate ' + CAST([Id] AS nvarchar(11)) + N')', [Active] = CAST(0 AS bit)
    WHERE [Id] NOT IN (SELECT MIN([Id]) FROM [Agencies] GROUP BY [Name] COLLATE Latin1_General_100_CI_AS);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129225959_ReviewSetAsideAndAgencyNamesIgnoreCase'
)
BEGIN
    DROP INDEX [IX_Agencies_Name] ON [Agencies];
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Agencies]') AND [c].[name] = N'Name');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [Agencies] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [Agencies] ALTER COLUMN [Name] nvarchar(100) COLLATE Latin1_General_100_CI_AS NOT NULL;
    CREATE UNIQUE INDEX [IX_Agencies_Name] ON [Agencies] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129225959_ReviewSetAsideAndAgencyNamesIgnoreCase'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129225959_ReviewSetAsideAndAgencyNamesIgnoreCase', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130012659_CurrentResponsesNotARelationship'
)
BEGIN
    ALTER TABLE [AgencyResponses] DROP CONSTRAINT [FK_AgencyResponses_Applications_CaseApplicationId];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130012659_CurrentResponsesNotARelationship'
)
BEGIN
    DROP INDEX [IX_AgencyResponses_CaseApplicationId] ON [AgencyResponses];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130012659_CurrentResponsesNotARelationship'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[AgencyResponses]') AND [c].[name] = N'CaseApplicationId');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [AgencyResponses] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [AgencyResponses] DROP COLUMN [CaseApplicationId];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130012659_CurrentResponsesNotARelationship'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130012659_CurrentResponsesNotARelationship', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130015102_OutboxEmailsByDay'
)
BEGIN
    CREATE INDEX [IX_OutboxEmails_CreatedAt_Recipient] ON [OutboxEmails] ([CreatedAt], [Recipient]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130015102_OutboxEmailsByDay'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130015102_OutboxEmailsByDay', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045336_ApplicantOutcomeSummary'
)
BEGIN
    ALTER TABLE [Applications] ADD [ApplicantSummary] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130045336_ApplicantOutcomeSummary'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130045336_ApplicantOutcomeSummary', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    ALTER TABLE [Recommendations] ADD [OwnerAgencyId] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    ALTER TABLE [AgencyResponses] ADD [AgencyId] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [AgencyId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    ALTER TABLE [Applications] ADD [PanelAgencyIds] nvarchar(max) NOT NULL DEFAULT N'[]';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    EXEC(N'INSERT INTO [Agencies] ([Id], [Name], [Kind], [ContactEmail], [Active])
    SELECT (SELECT COALESCE(MAX([Id]), 0) FROM [Agencies]) + ROW_NUMBER() OVER (ORDER BY n.[Name]), n.[Name], N''Other'', NULL, CAST(0 AS bit)
    FROM (
        SELECT MIN(u.[Name]) AS [Name]
        FROM (
            SELECT CAST(p.[value] AS nvarchar(100)) COLLATE Latin1_General_100_CI_AS AS [Name] FROM [Applications] AS c CROSS APPLY OPENJSON(c.[PanelAgencies]) AS p
            UNION ALL SELECT [OwnerAgency] COLLATE Latin1_General_100_CI_AS FROM [Recommendations]
            UNION ALL SELECT [Agency] COLLATE Latin1_General_100_CI_AS FROM [AgencyResponses]
            UNION ALL SELECT CAST([Agency] AS nvarchar(100)) COLLATE Latin1_General_100_CI_AS FROM [AspNetUsers]) AS u
        WHERE u.[Name] IS NOT NULL AND u.[Name] <> N''''
          AND NOT EXISTS (SELECT 1 FROM [Agencies] AS a WHERE a.[Name] = u.[Name])
        GROUP BY u.[Name]) AS n;')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    EXEC(N'UPDATE r SET [OwnerAgencyId] = a.[Id] FROM [Recommendations] AS r JOIN [Agencies] AS a ON a.[Name] = r.[OwnerAgency] COLLATE Latin1_General_100_CI_AS;')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    EXEC(N'UPDATE r SET [AgencyId] = a.[Id] FROM [AgencyResponses] AS r JOIN [Agencies] AS a ON a.[Name] = r.[Agency] COLLATE Latin1_General_100_CI_AS;')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    EXEC(N'UPDATE u SET [AgencyId] = a.[Id] FROM [AspNetUsers] AS u JOIN [Agencies] AS a ON a.[Name] = CAST(u.[Agency] AS nvarchar(100)) COLLATE Latin1_General_100_CI_AS;')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    EXEC(N'UPDATE c SET [PanelAgencyIds] = COALESCE((
        SELECT N''['' + STRING_AGG(CAST(s.[Id] AS nvarchar(max)), N'','') WITHIN GROUP (ORDER BY s.[Position]) + N'']''
        FROM (
            SELECT a.[Id], MIN(CAST(p.[key] AS int)) AS [Position]
            FROM OPENJSON(c.[PanelAgencies]) AS p JOIN [Agencies] AS a ON a.[Name] = CAST(p.[value] AS nvarchar(100)) COLLATE Latin1_General_100_CI_AS
            GROUP BY a.[Id]) AS s), N''[]'')
    FROM [Applications] AS c;')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    DECLARE @var2 nvarchar(max);
    SELECT @var2 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Recommendations]') AND [c].[name] = N'OwnerAgency');
    IF @var2 IS NOT NULL EXEC(N'ALTER TABLE [Recommendations] DROP CONSTRAINT ' + @var2 + ';');
    ALTER TABLE [Recommendations] DROP COLUMN [OwnerAgency];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    DECLARE @var3 nvarchar(max);
    SELECT @var3 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[AgencyResponses]') AND [c].[name] = N'Agency');
    IF @var3 IS NOT NULL EXEC(N'ALTER TABLE [AgencyResponses] DROP CONSTRAINT ' + @var3 + ';');
    ALTER TABLE [AgencyResponses] DROP COLUMN [Agency];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    DECLARE @var4 nvarchar(max);
    SELECT @var4 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[AspNetUsers]') AND [c].[name] = N'Agency');
    IF @var4 IS NOT NULL EXEC(N'ALTER TABLE [AspNetUsers] DROP CONSTRAINT ' + @var4 + ';');
    ALTER TABLE [AspNetUsers] DROP COLUMN [Agency];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    DECLARE @var5 nvarchar(max);
    SELECT @var5 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Applications]') AND [c].[name] = N'PanelAgencies');
    IF @var5 IS NOT NULL EXEC(N'ALTER TABLE [Applications] DROP CONSTRAINT ' + @var5 + ';');
    ALTER TABLE [Applications] DROP COLUMN [PanelAgencies];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    CREATE INDEX [IX_Recommendations_OwnerAgencyId] ON [Recommendations] ([OwnerAgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_AgencyId] ON [AspNetUsers] ([AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    CREATE INDEX [IX_AgencyResponses_AgencyId] ON [AgencyResponses] ([AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    ALTER TABLE [AgencyResponses] ADD CONSTRAINT [FK_AgencyResponses_Agencies_AgencyId] FOREIGN KEY ([AgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD CONSTRAINT [FK_AspNetUsers_Agencies_AgencyId] FOREIGN KEY ([AgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    ALTER TABLE [Recommendations] ADD CONSTRAINT [FK_Recommendations_Agencies_OwnerAgencyId] FOREIGN KEY ([OwnerAgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130065113_AgenciesById'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130065113_AgenciesById', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075339_Letters'
)
BEGIN
    CREATE TABLE [LetterTasks] (
        [Id] bigint NOT NULL IDENTITY,
        [CaseReference] nvarchar(20) NOT NULL,
        [Notice] nvarchar(32) NOT NULL,
        [Delivery] nvarchar(32) NOT NULL,
        [DueSince] datetime2 NOT NULL,
        [DoneAt] datetime2 NULL,
        [DoneById] nvarchar(450) NULL,
        [DoneByName] nvarchar(254) NULL,
        CONSTRAINT [PK_LetterTasks] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075339_Letters'
)
BEGIN
    CREATE INDEX [IX_LetterTasks_CaseReference] ON [LetterTasks] ([CaseReference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075339_Letters'
)
BEGIN
    CREATE INDEX [IX_LetterTasks_DoneAt_DueSince] ON [LetterTasks] ([DoneAt], [DueSince]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130075339_Letters'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130075339_Letters', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130082442_CaseNotes'
)
BEGIN
    CREATE TABLE [CaseNotes] (
        [Id] bigint NOT NULL IDENTITY,
        [ApplicationId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        [With] nvarchar(200) NULL,
        [At] datetime2 NOT NULL,
        [SharedWithPanel] bit NOT NULL,
        [CorrectsId] bigint NULL,
        [WrittenById] nvarchar(450) NOT NULL,
        [WrittenByName] nvarchar(254) NOT NULL,
        [WrittenAt] datetime2 NOT NULL,
        CONSTRAINT [PK_CaseNotes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseNotes_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130082442_CaseNotes'
)
BEGIN
    CREATE INDEX [IX_CaseNotes_ApplicationId_At] ON [CaseNotes] ([ApplicationId], [At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130082442_CaseNotes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130082442_CaseNotes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083319_Retention'
)
BEGIN
    ALTER TABLE [Applications] ADD [AnonymisedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083319_Retention'
)
BEGIN
    EXEC(N'ALTER TRIGGER [AuditEntries_AppendOnly] ON [AuditEntries]
    INSTEAD OF UPDATE, DELETE
    AS
    BEGIN
        SET NOCOUNT ON;
        IF NOT EXISTS (SELECT 1 FROM inserted)
            OR EXISTS (SELECT 1 FROM inserted i LEFT JOIN deleted d ON d.[Id] = i.[Id]
                WHERE d.[Id] IS NULL OR i.[IpAddress] IS NOT NULL
                    OR NOT EXISTS (SELECT i.[OccurredAt], i.[ActorId], i.[ActorName], i.[Action], i.[CaseReference], i.[Detail]
                        INTERSECT SELECT d.[OccurredAt], d.[ActorId], d.[ActorName], d.[Action], d.[CaseReference], d.[Detail]))
            THROW 51000, ''The audit trail is append-only.'', 1;
        UPDATE a SET [IpAddress] = NULL FROM [AuditEntries] a JOIN inserted i ON i.[Id] = a.[Id];
    END;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083319_Retention'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130083319_Retention', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130111800_ScaleIndexes'
)
BEGIN
    CREATE INDEX [IX_StatusHistory_Action_OccurredAt] ON [StatusHistory] ([Action], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130111800_ScaleIndexes'
)
BEGIN
    CREATE INDEX [IX_Applications_AssignedOfficerId_AssignedOfficerName] ON [Applications] ([AssignedOfficerId], [AssignedOfficerName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130111800_ScaleIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130111800_ScaleIndexes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130121902_Documents'
)
BEGIN
    CREATE TABLE [CaseDocuments] (
        [Id] bigint NOT NULL IDENTITY,
        [ApplicationId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(150) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Size] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [Description] nvarchar(500) NULL,
        [SharedWithPanel] bit NOT NULL,
        [AgencyId] int NULL,
        [FromApplicant] bit NOT NULL,
        [UploadedById] nvarchar(450) NOT NULL,
        [UploadedByName] nvarchar(254) NOT NULL,
        [UploadedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_CaseDocuments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CaseDocuments_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130121902_Documents'
)
BEGIN
    CREATE TABLE [CaseDocumentContents] (
        [DocumentId] bigint NOT NULL,
        [Bytes] varbinary(max) NOT NULL,
        CONSTRAINT [PK_CaseDocumentContents] PRIMARY KEY ([DocumentId]),
        CONSTRAINT [FK_CaseDocumentContents_CaseDocuments_DocumentId] FOREIGN KEY ([DocumentId]) REFERENCES [CaseDocuments] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130121902_Documents'
)
BEGIN
    CREATE INDEX [IX_CaseDocuments_ApplicationId_UploadedAt] ON [CaseDocuments] ([ApplicationId], [UploadedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130121902_Documents'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130121902_Documents', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151506_ThirdParties'
)
BEGIN
    EXEC sp_rename N'[Applications].[ThirdPartyName]', N'VictimName', 'COLUMN';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151506_ThirdParties'
)
BEGIN
    ALTER TABLE [Applications] ADD [ApplicantPostcodeKey] nvarchar(10) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151506_ThirdParties'
)
BEGIN
    ALTER TABLE [Applications] ADD [ThirdPartyConsentGivenOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151506_ThirdParties'
)
BEGIN
    ALTER TABLE [Applications] ADD [ThirdPartyConsentHow] nvarchar(32) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151506_ThirdParties'
)
BEGIN
    ALTER TABLE [Applications] ADD [VictimAddress] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151506_ThirdParties'
)
BEGIN
    ALTER TABLE [Applications] ADD [VictimAgreesToContact] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151506_ThirdParties'
)
BEGIN
    ALTER TABLE [Applications] ADD [VictimEmail] nvarchar(254) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151506_ThirdParties'
)
BEGIN
    ALTER TABLE [Applications] ADD [VictimEmailKey] nvarchar(254) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151506_ThirdParties'
)
BEGIN
    ALTER TABLE [Applications] ADD [VictimPhone] nvarchar(30) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151506_ThirdParties'
)
BEGIN
    ALTER TABLE [Applications] ADD [VictimPhoneKey] nvarchar(30) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151506_ThirdParties'
)
BEGIN
    ALTER TABLE [Applications] ADD [VictimPostcode] nvarchar(10) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151506_ThirdParties'
)
BEGIN
    CREATE INDEX [IX_Applications_ApplicantPostcodeKey] ON [Applications] ([ApplicantPostcodeKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151506_ThirdParties'
)
BEGIN
    CREATE INDEX [IX_Applications_VictimEmailKey] ON [Applications] ([VictimEmailKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151506_ThirdParties'
)
BEGIN
    CREATE INDEX [IX_Applications_VictimPhoneKey] ON [Applications] ([VictimPhoneKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151506_ThirdParties'
)
BEGIN
    EXEC(N'UPDATE [Applications] SET [ApplicantName] = [VictimName], [VictimName] = [ApplicantName] WHERE [IsThirdParty] = CAST(1 AS bit) AND [VictimName] IS NOT NULL AND [Channel] = N''Online''')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151506_ThirdParties'
)
BEGIN
    EXEC(N'UPDATE [Applications] SET [VictimAddress] = [ApplicantAddress], [VictimPostcode] = [ApplicantPostcode], [VictimAgreesToContact] = CAST(0 AS bit) WHERE [IsThirdParty] = CAST(1 AS bit) AND [VictimName] IS NOT NULL')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151506_ThirdParties'
)
BEGIN
    EXEC(N'UPDATE [Applications] SET [ApplicantPostcodeKey] = [PostcodeKey]')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151506_ThirdParties'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130151506_ThirdParties', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151749_CaseSearch'
)
BEGIN
    ALTER TABLE [Applications] ADD [PanelSearchText] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151749_CaseSearch'
)
BEGIN
    ALTER TABLE [Applications] ADD [SearchText] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151749_CaseSearch'
)
BEGIN
    ALTER TABLE [Applications] ADD [SearchTextVersion] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151749_CaseSearch'
)
BEGIN
    CREATE INDEX [IX_Applications_SearchTextVersion] ON [Applications] ([SearchTextVersion]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130151749_CaseSearch'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130151749_CaseSearch', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162552_SatisfactionSurvey'
)
BEGIN
    CREATE TABLE [SurveyInvitations] (
        [Id] uniqueidentifier NOT NULL,
        [CaseId] uniqueidentifier NOT NULL,
        [TokenHash] nvarchar(64) NOT NULL,
        [FinancialYear] int NOT NULL,
        [ExpiresAt] datetime2 NOT NULL,
        [Answered] bit NOT NULL,
        CONSTRAINT [PK_SurveyInvitations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SurveyInvitations_Applications_CaseId] FOREIGN KEY ([CaseId]) REFERENCES [Applications] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162552_SatisfactionSurvey'
)
BEGIN
    CREATE TABLE [SurveyResponses] (
        [Id] uniqueidentifier NOT NULL,
        [FinancialYear] int NOT NULL,
        [Improved] nvarchar(32) NULL,
        [KeptInformed] nvarchar(32) NULL,
        [ListenedTo] nvarchar(32) NULL,
        [Comments] nvarchar(2000) NULL,
        CONSTRAINT [PK_SurveyResponses] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162552_SatisfactionSurvey'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SurveyInvitations_CaseId] ON [SurveyInvitations] ([CaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162552_SatisfactionSurvey'
)
BEGIN
    CREATE INDEX [IX_SurveyInvitations_ExpiresAt] ON [SurveyInvitations] ([ExpiresAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162552_SatisfactionSurvey'
)
BEGIN
    CREATE INDEX [IX_SurveyInvitations_FinancialYear] ON [SurveyInvitations] ([FinancialYear]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162552_SatisfactionSurvey'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SurveyInvitations_TokenHash] ON [SurveyInvitations] ([TokenHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162552_SatisfactionSurvey'
)
BEGIN
    CREATE INDEX [IX_SurveyResponses_FinancialYear] ON [SurveyResponses] ([FinancialYear]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162552_SatisfactionSurvey'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130162552_SatisfactionSurvey', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174621_DetailCorrections'
)
BEGIN
    ALTER TABLE [Complaints] ADD [CaseApplicationId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174621_DetailCorrections'
)
BEGIN
    CREATE TABLE [DetailCorrections] (
        [Id] int NOT NULL IDENTITY,
        [Field] nvarchar(64) NOT NULL,
        [OldValue] nvarchar(max) NULL,
        [NewValue] nvarchar(max) NULL,
        [Reason] nvarchar(2000) NOT NULL,
        [CorrectedById] nvarchar(450) NOT NULL,
        [CorrectedByName] nvarchar(254) NOT NULL,
        [CorrectedAt] datetime2 NOT NULL,
        [ApplicationId] uniqueidentifier NULL,
        CONSTRAINT [PK_DetailCorrections] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DetailCorrections_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174621_DetailCorrections'
)
BEGIN
    CREATE INDEX [IX_Complaints_CaseApplicationId] ON [Complaints] ([CaseApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174621_DetailCorrections'
)
BEGIN
    CREATE INDEX [IX_DetailCorrections_ApplicationId] ON [DetailCorrections] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174621_DetailCorrections'
)
BEGIN
    ALTER TABLE [Complaints] ADD CONSTRAINT [FK_Complaints_Applications_CaseApplicationId] FOREIGN KEY ([CaseApplicationId]) REFERENCES [Applications] ([Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130174621_DetailCorrections'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130174621_DetailCorrections', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130190207_RiskAssessments'
)
BEGIN
    CREATE TABLE [RiskAssessments] (
        [Id] bigint NOT NULL IDENTITY,
        [ApplicationId] uniqueidentifier NOT NULL,
        [QuestionnaireVersion] nvarchar(50) NOT NULL,
        [AnswersJson] nvarchar(max) NOT NULL,
        [Score] int NOT NULL,
        [ComputedLevel] nvarchar(32) NOT NULL,
        [Level] nvarchar(32) NOT NULL,
        [RaiseReason] nvarchar(2000) NULL,
        [AssessedById] nvarchar(450) NOT NULL,
        [AssessedByName] nvarchar(254) NOT NULL,
        [AssessedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_RiskAssessments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RiskAssessments_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130190207_RiskAssessments'
)
BEGIN
    CREATE INDEX [IX_RiskAssessments_ApplicationId_Id] ON [RiskAssessments] ([ApplicationId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130190207_RiskAssessments'
)
BEGIN
    CREATE INDEX [IX_RiskAssessments_Level_ApplicationId_Id] ON [RiskAssessments] ([Level], [ApplicationId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130190207_RiskAssessments'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130190207_RiskAssessments', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130194253_PanelPack'
)
BEGIN
    CREATE TABLE [InformationRequests] (
        [Id] int NOT NULL IDENTITY,
        [AgencyId] int NOT NULL,
        [RequestedAt] datetime2 NOT NULL,
        [DueDate] date NOT NULL,
        [ShortNotice] bit NOT NULL,
        [AnsweredAt] datetime2 NULL,
        [SetAsideAt] datetime2 NULL,
        [ApplicationId] uniqueidentifier NULL,
        CONSTRAINT [PK_InformationRequests] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InformationRequests_Agencies_AgencyId] FOREIGN KEY ([AgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_InformationRequests_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130194253_PanelPack'
)
BEGIN
    CREATE TABLE [MeetingRecords] (
        [Id] int NOT NULL IDENTITY,
        [MeetingAt] datetime2 NOT NULL,
        [Minutes] nvarchar(max) NULL,
        [RecordedById] nvarchar(450) NOT NULL,
        [RecordedByName] nvarchar(254) NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        [ReplacedAt] datetime2 NULL,
        [ApplicationId] uniqueidentifier NULL,
        CONSTRAINT [PK_MeetingRecords] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MeetingRecords_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130194253_PanelPack'
)
BEGIN
    CREATE TABLE [MeetingAttendance] (
        [Id] int NOT NULL IDENTITY,
        [AgencyId] int NOT NULL,
        [Attendance] int NOT NULL,
        [Attendees] nvarchar(500) NULL,
        [MeetingRecordId] int NULL,
        CONSTRAINT [PK_MeetingAttendance] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_MeetingAttendance_Agencies_AgencyId] FOREIGN KEY ([AgencyId]) REFERENCES [Agencies] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_MeetingAttendance_MeetingRecords_MeetingRecordId] FOREIGN KEY ([MeetingRecordId]) REFERENCES [MeetingRecords] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130194253_PanelPack'
)
BEGIN
    CREATE INDEX [IX_InformationRequests_AgencyId] ON [InformationRequests] ([AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130194253_PanelPack'
)
BEGIN
    CREATE INDEX [IX_InformationRequests_AnsweredAt_SetAsideAt_DueDate] ON [InformationRequests] ([AnsweredAt], [SetAsideAt], [DueDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130194253_PanelPack'
)
BEGIN
    CREATE INDEX [IX_InformationRequests_ApplicationId] ON [InformationRequests] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130194253_PanelPack'
)
BEGIN
    CREATE INDEX [IX_MeetingAttendance_AgencyId] ON [MeetingAttendance] ([AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130194253_PanelPack'
)
BEGIN
    CREATE INDEX [IX_MeetingAttendance_MeetingRecordId] ON [MeetingAttendance] ([MeetingRecordId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130194253_PanelPack'
)
BEGIN
    CREATE INDEX [IX_MeetingRecords_ApplicationId] ON [MeetingRecords] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130194253_PanelPack'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130194253_PanelPack', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130204311_ProcessingRestriction'
)
BEGIN
    ALTER TABLE [Applications] ADD [RestrictedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130204311_ProcessingRestriction'
)
BEGIN
    ALTER TABLE [Applications] ADD [RestrictedBy] nvarchar(254) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130204311_ProcessingRestriction'
)
BEGIN
    ALTER TABLE [Applications] ADD [RestrictionGround] nvarchar(32) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130204311_ProcessingRestriction'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130204311_ProcessingRestriction', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130233659_StageCompletedOn'
)
BEGIN
    DROP INDEX [IX_StageDeadlines_CompletedAt_DueDate] ON [StageDeadlines];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130233659_StageCompletedOn'
)
BEGIN
    ALTER TABLE [StageDeadlines] ADD [CompletedOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130233659_StageCompletedOn'
)
BEGIN
    UPDATE [StageDeadlines] SET [CompletedOn] = CAST(([CompletedAt] AT TIME ZONE 'UTC') AT TIME ZONE 'GMT Standard Time' AS date)
    WHERE [CompletedAt] IS NOT NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130233659_StageCompletedOn'
)
BEGIN
    CREATE INDEX [IX_StageDeadlines_CompletedAt_DueDate_Stage_ApplicationId] ON [StageDeadlines] ([CompletedAt], [DueDate], [Stage], [ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130233659_StageCompletedOn'
)
BEGIN
    CREATE INDEX [IX_StageDeadlines_CompletedOn_Stage_Cancelled_DueDate_StartedOn] ON [StageDeadlines] ([CompletedOn], [Stage], [Cancelled], [DueDate], [StartedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130233659_StageCompletedOn'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130233659_StageCompletedOn', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201003212_OutboxRecipientKey'
)
BEGIN
    DROP INDEX [IX_OutboxEmails_CreatedAt_Recipient] ON [OutboxEmails];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201003212_OutboxRecipientKey'
)
BEGIN
    ALTER TABLE [OutboxEmails] ADD [RecipientKey] nvarchar(254) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201003212_OutboxRecipientKey'
)
BEGIN
    UPDATE [OutboxEmails] SET [RecipientKey] = LOWER(LTRIM(RTRIM([Recipient])));
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201003212_OutboxRecipientKey'
)
BEGIN
    CREATE INDEX [IX_OutboxEmails_RecipientKey_CreatedAt] ON [OutboxEmails] ([RecipientKey], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201003212_OutboxRecipientKey'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201003212_OutboxRecipientKey', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201030113_StatisticsHistoryIndexes'
)
BEGIN
    DROP INDEX [IX_StatusHistory_Action_OccurredAt] ON [StatusHistory];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201030113_StatisticsHistoryIndexes'
)
BEGIN
    DROP INDEX [IX_StatusHistory_ApplicationId] ON [StatusHistory];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201030113_StatisticsHistoryIndexes'
)
BEGIN
    CREATE INDEX [IX_StatusHistory_Action_OccurredAt_To] ON [StatusHistory] ([Action], [OccurredAt], [To]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201030113_StatisticsHistoryIndexes'
)
BEGIN
    CREATE INDEX [IX_StatusHistory_ApplicationId_Action_OccurredAt] ON [StatusHistory] ([ApplicationId], [Action], [OccurredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201030113_StatisticsHistoryIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201030113_StatisticsHistoryIndexes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201040725_RecommendationMadeAt'
)
BEGIN
    ALTER TABLE [Recommendations] ADD [MadeAt] datetime2 NOT NULL DEFAULT '0001-01-01T00:00:00.0000000';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201040725_RecommendationMadeAt'
)
BEGIN
    UPDATE [Recommendations] SET [MadeAt] = COALESCE((
        SELECT MIN(h.[OccurredAt]) FROM [StatusHistory] h
        WHERE h.[ApplicationId] = [Recommendations].[ApplicationId] AND h.[Action] = N'record-review'
          AND (SELECT COUNT(*) FROM [StatusHistory] o
               WHERE o.[ApplicationId] = h.[ApplicationId] AND o.[Action] = N'record-review'
                 AND (o.[OccurredAt] < h.[OccurredAt] OR (o.[OccurredAt] = h.[OccurredAt] AND o.[Id] <= h.[Id]))) = [Recommendations].[Review]),
        [MadeAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201040725_RecommendationMadeAt'
)
BEGIN
    CREATE INDEX [IX_Recommendations_MadeAt_ApplicationId_Review] ON [Recommendations] ([MadeAt], [ApplicationId], [Review]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261201040725_RecommendationMadeAt'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261201040725_RecommendationMadeAt', N'10.0.15');
END;

COMMIT;
GO

