namespace CaseReview.UseCases.Email;

/// <summary>What sending an outbox email completes, besides the sending.</summary>
public enum DeliveryFollowUp
{
    None,

    /// <summary>The applicant's acknowledgement: the case's acknowledge stage is done, on the time it was sent.</summary>
    RecordAcknowledgement,
}
