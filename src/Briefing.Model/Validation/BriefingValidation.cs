using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using Briefing.Model.Diagnostics;
using Briefing.Model.Json;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Results;

namespace Briefing.Model.Validation;

/// <summary>
/// The validation front door: runs the shared <see cref="BriefingValidator"/> and reports each failure
/// as a <see cref="Diagnostic"/> with its stable code, severity, message, JSON pointer and, when the
/// document came from text, the 1-based line and column from its <see cref="SourceMap"/>.
/// </summary>
public static class BriefingValidation
{
    private static readonly string[] DefaultRuleSets = [BriefingValidator.DefaultRuleSet];
    private static readonly string[] StrictRuleSets = [BriefingValidator.DefaultRuleSet, BriefingValidator.StrictRuleSet];

    /// <summary>The shared validator (stateless and thread-safe), for callers who want FluentValidation's own results; built on first use.</summary>
    public static BriefingValidator Validator => Shared.Validator;

    /// <summary>Validates a briefing.</summary>
    /// <param name="briefing">The document.</param>
    /// <param name="level">Which rules to run; <see cref="ValidationLevel.Default"/> runs the structural and cross-reference rules.</param>
    /// <param name="sourceMap">Where the document's parts are in the text it was parsed from, for line and column; <see langword="null"/> when unknown.</param>
    /// <returns>The findings, in rule order; empty when the document passes.</returns>
    /// <remarks>
    /// A document that passes every rule is recognised by <see cref="ValidationScreen"/> without running
    /// FluentValidation (or building <see cref="Validator"/>); only a document with findings runs the rules.
    /// </remarks>
    public static ImmutableArray<Diagnostic> Validate(BriefingDocument briefing, ValidationLevel level = ValidationLevel.Default, SourceMap? sourceMap = null)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        return ValidationScreen.Passes(briefing, level) ? [] : RunRules(briefing, level, sourceMap);
    }

    /// <summary>
    /// Validates what a reader produced: the reader's own diagnostics come first, then the findings
    /// on the document (when one was read), positioned with the result's <see cref="SourceMap"/>.
    /// </summary>
    /// <param name="read">The result of <see cref="BriefingJson"/> or the text parser.</param>
    /// <param name="level">Which rules to run.</param>
    /// <returns>Reading diagnostics followed by validation findings.</returns>
    public static ImmutableArray<Diagnostic> Validate(BriefingReadResult read, ValidationLevel level = ValidationLevel.Default)
    {
        ArgumentNullException.ThrowIfNull(read);
        return read.Briefing is null ? read.Diagnostics : read.Diagnostics.AddRange(Validate(read.Briefing, level, read.SourceMap));
    }

    /// <summary>The rule set names a level runs, for use with FluentValidation's <c>IncludeRuleSets</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns><c>default</c>, or <c>default</c> and <c>strict</c>.</returns>
    public static IReadOnlyList<string> RuleSets(ValidationLevel level) => level == ValidationLevel.Strict ? StrictRuleSets : DefaultRuleSets;

    /// <summary>Runs the rules to produce the findings; kept out of <see cref="Validate(BriefingDocument, ValidationLevel, SourceMap?)"/> so that compiling that method does not load FluentValidation.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ImmutableArray<Diagnostic> RunRules(BriefingDocument briefing, ValidationLevel level, SourceMap? sourceMap)
    {
        var context = new ValidationContext<BriefingDocument>(briefing, new PropertyChain(), level == ValidationLevel.Strict ? RuleSetSelector.Strict : RuleSetSelector.Default);
        return ToDiagnostics(Validator.Validate(context), sourceMap);
    }

    /// <summary>Turns FluentValidation's result into diagnostics with JSON pointers and, where mapped, positions.</summary>
    /// <param name="result">A result of <see cref="BriefingValidator"/>.</param>
    /// <param name="sourceMap">Positions of the document's parts, or <see langword="null"/>.</param>
    /// <returns>One diagnostic per failure, in the same order.</returns>
    public static ImmutableArray<Diagnostic> ToDiagnostics(ValidationResult result, SourceMap? sourceMap = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Errors.Count == 0)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<Diagnostic>(result.Errors.Count);
        foreach (var failure in result.Errors)
        {
            var path = ToJsonPointer(failure.PropertyName);
            int? line = null, column = null;
            if (sourceMap is not null && sourceMap.TryGetPosition(path, out var position))
            {
                (line, column) = (position.Line, position.Column);
            }

            builder.Add(new Diagnostic
            {
                Code = failure.ErrorCode,
                Severity = failure.Severity switch
                {
                    Severity.Error => DiagnosticSeverity.Error,
                    Severity.Warning => DiagnosticSeverity.Warning,
                    _ => DiagnosticSeverity.Info,
                },
                Message = failure.ErrorMessage,
                Path = path,
                Line = line,
                Column = column,
            });
        }

        return builder.MoveToImmutable();
    }

    /// <summary>
    /// Turns a FluentValidation property path (<c>Body[2].Text</c>, <c>Quotes[0].Source.Text</c>) into a
    /// JSON pointer into the contract (<c>/body/2/text</c>, <c>/quotes/0/source/text</c>).
    /// </summary>
    /// <param name="propertyPath">The property path; empty or <see langword="null"/> for the whole document.</param>
    /// <returns>The JSON pointer (RFC 6901); empty for the whole document.</returns>
    public static string ToJsonPointer(string? propertyPath)
    {
        if (string.IsNullOrEmpty(propertyPath))
        {
            return "";
        }

        var builder = new StringBuilder(propertyPath.Length + 8);
        var startOfName = true;
        foreach (var c in propertyPath)
        {
            switch (c)
            {
                case '.':
                    startOfName = true;
                    break;
                case '[':
                    builder.Append('/');
                    startOfName = false;
                    break;
                case ']':
                    startOfName = true;
                    break;
                case '~':
                    builder.Append("~0");
                    break;
                case '/':
                    builder.Append("~1");
                    break;
                default:
                    if (startOfName)
                    {
                        builder.Append('/').Append(char.ToLowerInvariant(c));
                        startOfName = false;
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Holds the validator so that it is built (its rules compiled) on first use, not when <see cref="BriefingValidation"/> is first touched.</summary>
    private static class Shared
    {
        public static readonly BriefingValidator Validator = new();
    }
}
