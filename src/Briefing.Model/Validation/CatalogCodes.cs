using Briefing.Model.Diagnostics;
using FluentValidation;

namespace Briefing.Model.Validation;

/// <summary>
/// Gives each FluentValidation rule its code and the severity <see cref="DiagnosticCatalog"/> declares
/// for that code, so a rule's severity is written once (in the catalogue) and the validators cannot
/// disagree with the documentation, SARIF rules or <c>briefing explain</c>.
/// </summary>
internal static class CatalogCodes
{
    /// <summary>Sets the rule's error code and the catalogue's severity for it.</summary>
    /// <typeparam name="T">The validated type.</typeparam>
    /// <typeparam name="TProperty">The validated member's type.</typeparam>
    /// <param name="rule">The rule.</param>
    /// <param name="code">A code in <see cref="DiagnosticCatalog"/>.</param>
    /// <returns>The rule, for chaining.</returns>
    public static IRuleBuilderOptions<T, TProperty> WithCode<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string code) =>
        rule.WithErrorCode(code).WithSeverity(SeverityOf(code));

    /// <summary>The FluentValidation severity of <paramref name="code"/>, as the catalogue declares it.</summary>
    /// <param name="code">A code in <see cref="DiagnosticCatalog"/>.</param>
    /// <returns>The severity.</returns>
    /// <exception cref="InvalidOperationException">The code is not in the catalogue (a programming error, caught by the tests).</exception>
    public static Severity SeverityOf(string code) =>
        !DiagnosticCatalog.TryGet(code, out var entry)
            ? throw new InvalidOperationException($"{code} is not in DiagnosticCatalog.")
            : entry.Severity switch
            {
                DiagnosticSeverity.Error => Severity.Error,
                DiagnosticSeverity.Warning => Severity.Warning,
                _ => Severity.Info,
            };
}
