using FluentValidation.Internal;
using FluentValidation.TestHelper;

namespace Briefing.Model.Tests.Validation;

/// <summary>Rule-set options for FluentValidation's TestValidate.</summary>
internal static class Strictness
{
    /// <summary>Runs the default and the strict rule sets (what ValidationLevel.Strict runs).</summary>
    public static void Strict<T>(ValidationStrategy<T> options) => options.IncludeRuleSets("default", "strict");
}

/// <summary>Assertions on failure messages.</summary>
internal static class MessageAssertions
{
    public static ITestValidationWith WithMessageContaining(this ITestValidationContinuation failures, string part) =>
        failures.When(f => f.ErrorMessage.Contains(part, StringComparison.Ordinal), $"Expected a message containing '{part}'.");
}
