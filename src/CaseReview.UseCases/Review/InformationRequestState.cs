namespace CaseReview.UseCases.Review;

/// <summary>Where an agency's information request stands: waiting (not yet due), overdue (missed), or answered.</summary>
public enum InformationRequestState { Waiting, Overdue, Answered }
