namespace CaseReview.UseCases.Notes;

/// <summary>
/// One entry of a case's notes and contact log as the caller may see it. <see cref="Kind"/> is one of
/// <c>note</c>, <c>phone</c>, <c>letter</c>, <c>visit</c>, <c>email</c>, <c>meeting</c>. <see cref="Corrects"/> names
/// the earlier entry this one corrects; <see cref="CorrectedBy"/> the latest entry (that the caller may see) correcting this one.
/// </summary>
public sealed record CaseNoteView(
    long Id,
    string Kind,
    string Text,
    string? With,
    DateTime At,
    bool SharedWithPanel,
    long? Corrects,
    long? CorrectedBy,
    string WrittenBy,
    DateTime WrittenAt);
