using CaseReview.UseCases.Common;

namespace CaseReview.UseCases.Cases;

/// <summary>A workflow action on one case; <see cref="Version"/>, when sent, must match the case's current version.</summary>
public interface ICaseActionCommand : ICaseCommand
{
    int? Version { get; }
}
