using FluentValidation;

namespace CaseReview.UseCases.Cases.Actions;

internal static class ReasonValidation
{
    public const int MaxLength = 4000;

    public static IRuleBuilderOptions<T, string?> RequiredReason<T>(this IRuleBuilder<T, string?> rule, string message) =>
        rule.Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(message).MaximumLength(MaxLength);
}
