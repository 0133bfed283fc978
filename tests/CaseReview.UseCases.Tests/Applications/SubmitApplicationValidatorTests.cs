using CaseReview.Domain.Applications;
using CaseReview.UseCases.Applications;
using CaseReview.UseCases.Common;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CaseReview.UseCases.Tests.Applications;

public sealed class SubmitApplicationValidatorTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task CompleteApplication_IsValid()
    {
        var result = await Validator(staff: false).ValidateAsync(Valid());

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
    }

    [Fact]
    public async Task Resident_CannotRecordAPhoneApplication_ButStaffCan()
    {
        var phone = Valid() with { Channel = Channel.Phone };

        var resident = await Validator(staff: false).ValidateAsync(phone);
        var officer = await Validator(staff: true).ValidateAsync(phone);

        Assert.Contains(resident.Errors, e => e.PropertyName == "Channel");
        Assert.True(officer.IsValid);
    }

    [Fact]
    public async Task ThirdParty_NeedsTheVictimsConsent()
    {
        var withoutConsent = ThirdParty() with { ThirdParty = ThirdParty().ThirdParty! with { VictimConsent = false } };

        var result = await Validator(staff: false).ValidateAsync(withoutConsent);

        var error = Assert.Single(result.Errors);
        Assert.Equal("ThirdParty.VictimConsent", error.PropertyName);
        Assert.Contains("agree", error.ErrorMessage);
    }

    [Fact]
    public async Task ThirdParty_IsValidWithTheVictimAndTheConsentRecord() =>
        Assert.True((await Validator(staff: false).ValidateAsync(ThirdParty())).IsValid);

    [Fact]
    public async Task ThirdParty_NeedsHowAndWhenTheVictimAgreed()
    {
        var noRecord = ThirdParty() with { ThirdParty = ThirdParty().ThirdParty! with { ConsentHow = null, ConsentGivenOn = null } };

        var result = await Validator(staff: false).ValidateAsync(noRecord);

        Assert.Equal(["ThirdParty.ConsentGivenOn", "ThirdParty.ConsentHow"], result.Errors.Select(e => e.PropertyName).Order());
    }

    [Fact]
    public async Task ThirdParty_NeedsTheVictimsNameAndAddress()
    {
        var noVictim = ThirdParty() with { Victim = null };
        var noAddress = ThirdParty() with { Victim = ThirdParty().Victim! with { Address = " ", Postcode = null } };

        Assert.Equal("Victim", Assert.Single((await Validator(staff: false).ValidateAsync(noVictim)).Errors).PropertyName);
        Assert.Equal(["Victim.Address", "Victim.Postcode"], (await Validator(staff: false).ValidateAsync(noAddress)).Errors.Select(e => e.PropertyName).Order());
    }

    [Fact]
    public async Task ThirdParty_VictimsEmailAndPhone_OnlyWhenTheyAgreeToBeContacted()
    {
        var notAgreed = ThirdParty() with { Victim = ThirdParty().Victim! with { AgreesToContact = false } };
        var agreedWithoutAWay = ThirdParty() with { Victim = ThirdParty().Victim! with { Email = null, Phone = null } };

        Assert.Equal(["Victim.Email", "Victim.Phone"], (await Validator(staff: false).ValidateAsync(notAgreed)).Errors.Select(e => e.PropertyName).Order());
        Assert.Equal("Victim.Email", Assert.Single((await Validator(staff: false).ValidateAsync(agreedWithoutAWay)).Errors).PropertyName);
    }

    private static SubmitApplicationCommand ThirdParty() => Valid() with
    {
        IsThirdParty = true,
        ThirdParty = new ThirdPartyInput("Neighbour", true, ConsentMethod.ByPhone, new DateOnly(2026, 10, 20)),
        Victim = new VictimInput("Sam Example", "3 Elm Close, Redditch", "B97 4QR", true, "sam@example.org", "07700900999"),
    };

    [Fact]
    public async Task PreferredContactByPost_NeedsAnAddress()
    {
        var byPost = Valid() with { Applicant = Valid().Applicant! with { PreferredContact = PreferredContact.Post, Address = null } };

        var result = await Validator(staff: false).ValidateAsync(byPost);

        Assert.Contains(result.Errors, e => e.PropertyName == "Applicant.Address");
    }

    [Fact]
    public async Task ComplaintReportedBeforeItHappened_OrInTheFuture_IsRefused()
    {
        var muddled = Valid() with
        {
            Complaints =
            [
                new ComplaintInput(new DateOnly(2026, 10, 5), new DateOnly(2026, 10, 3), "Police", null, null),
                new ComplaintInput(new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 3), "Police", null, null),
            ],
        };

        var result = await Validator(staff: false).ValidateAsync(muddled);

        Assert.Contains(result.Errors, e => e.PropertyName == "Complaints[0].ReportedDate");
        Assert.Contains(result.Errors, e => e.PropertyName == "Complaints[1].IncidentDate");
    }

    [Theory]
    [InlineData("B98 8AH", true)]
    [InlineData("b988ah", true)]
    [InlineData("SW1A 1AA", true)]
    [InlineData("NOT A POSTCODE", false)]
    public async Task Postcode_IsCheckedForTypingSlips(string postcode, bool valid)
    {
        var application = Valid() with { Applicant = Valid().Applicant! with { Postcode = postcode } };

        var result = await Validator(staff: false).ValidateAsync(application);

        Assert.Equal(valid, result.IsValid);
    }

    internal static SubmitApplicationCommand Valid() => new(
        new ApplicantInput("Alex Example", "alex@example.org", "07700900123", "1 High Street", "B98 8AH", PreferredContact.Email, null),
        false, null, VictimType.Individual, "Elm Close", "Motorbikes", AsbType.Nuisance, [IssueType.NuisanceVehicles], false,
        "Cannot sleep", Channel.Online, null,
        [new ComplaintInput(new DateOnly(2026, 10, 2), new DateOnly(2026, 10, 3), "Police", "WMP-1", "Motorbikes")]);

    private static SubmitApplicationValidator Validator(bool staff)
    {
        var user = new Mock<ICurrentUser>();
        user.Setup(u => u.IsInRole(Roles.CaseOfficer)).Returns(staff);
        return new SubmitApplicationValidator(user.Object, Clock);
    }
}
