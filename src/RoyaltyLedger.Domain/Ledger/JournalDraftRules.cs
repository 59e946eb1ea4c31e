using System.Globalization;
using RoyaltyLedger.Domain.Money;
using RoyaltyLedger.Domain.Validation;

namespace RoyaltyLedger.Domain.Ledger;

/// <summary>
/// What a draft must be for the journal to take it: within <see cref="JournalLimits"/>, well formed, and balanced. An
/// entry that moves money posts at least one line; a record (<see cref="EntryKinds.IsRecord"/>) posts none.
/// </summary>
public static class JournalDraftRules
{
    /// <summary>Null when the journal can take the draft; otherwise a sentence naming the first thing wrong and its value.</summary>
    public static string? Problem(JournalEntryDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return KindProblem(draft.Kind) ?? ReferenceProblem(draft.Reference) ?? LinesProblem(draft.Kind, draft.Lines);
    }

    private static string? KindProblem(string? kind) =>
        kind is { Length: > 0 and <= JournalLimits.MaxKindLength } && kind.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            ? null
            : $"kind '{EntityIds.Printable(kind ?? "")}' must be 1 to {JournalLimits.MaxKindLength} lower-case letters, digits or -";

    private static string? ReferenceProblem(string? reference)
    {
        if (reference is null)
        {
            return "the reference is missing";
        }

        if (reference.Length > JournalLimits.MaxReferenceLength)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"the reference is {reference.Length:N0} characters, more than {JournalLimits.MaxReferenceLength:N0}");
        }

        return reference.Any(char.IsControl) || !IsWellFormed(reference)
            ? $"the reference '{EntityIds.Printable(reference)}' holds a control character or an unpaired surrogate"
            : null;
    }

    private static string? LinesProblem(string kind, IReadOnlyList<PostingLine>? lines)
    {
        if (lines is null)
        {
            return "its lines are missing";
        }

        if (EntryKinds.IsRecord(kind))
        {
            return lines.Count == 0
                ? null
                : string.Create(CultureInfo.InvariantCulture, $"it has {lines.Count:N0} lines; a {kind} entry records a fact and moves no money, so it holds none");
        }

        if (lines.Count == 0)
        {
            return $"it has no lines; a {kind} entry moves money and posts at least one";
        }

        if (lines.Count > JournalLimits.MaxLinesPerEntry)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"it has {lines.Count:N0} lines, more than the {JournalLimits.MaxLinesPerEntry:N0} an entry may hold");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if ((LineProblem(lines[i]) ?? PeriodProblem(kind, lines[i].Period) ?? UseProblem(kind, lines[i].Use)) is { } problem)
            {
                return string.Create(CultureInfo.InvariantCulture, $"line {i}: {problem}");
            }
        }

        return JournalBalance.Imbalance(lines);
    }

    private static string? LineProblem(PostingLine line)
    {
        // Checked for every line of entries that can hold 100,000, so a span search rather than LINQ.
        if (line.Account is not { Length: > 0 and <= JournalLimits.MaxAccountLength } account || account.AsSpan().ContainsAnyExceptInRange('!', '~'))
        {
            return $"account '{EntityIds.Printable(line.Account ?? "")}' must be 1 to {JournalLimits.MaxAccountLength} printable ASCII characters without spaces";
        }

        if (line.WorkId is null || (line.WorkId.Length > 0 && !EntityIds.IsValid(line.WorkId)))
        {
            return $"work id '{EntityIds.Printable(line.WorkId ?? "")}' is neither empty nor a valid id";
        }

        return Currency.IsValidCode(line.Currency)
            ? null
            : $"currency '{EntityIds.Printable(line.Currency ?? "")}' is not an ISO 4217 code of three capital letters";
    }

    /// <summary>A line's month of use: "" or "yyyy-MM", and only on the lines of rating entries (usage, adjustment).</summary>
    private static string? PeriodProblem(string kind, string? period)
    {
        if (string.IsNullOrEmpty(period))
        {
            return period is null ? "its period is missing (\"\" for none)" : null;
        }

        if (!Statements.PeriodRange.IsMonth(period))
        {
            return $"period '{EntityIds.Printable(period)}' is neither empty nor a month yyyy-MM";
        }

        return EntryKinds.IsRating(kind) ? null : $"period '{period}' is on a {kind} entry; only usage and adjustment lines carry a month of use";
    }

    /// <summary>
    /// The uses a line prices: none, or ids the ingest accepts (operator, model, unit kind), a status statements name,
    /// and only on the lines of rating entries (docs/statement-proofs.md).
    /// </summary>
    private static string? UseProblem(string kind, LineUse use)
    {
        if (use.IsNone)
        {
            return null;
        }

        if (!EntryKinds.IsRating(kind))
        {
            return $"it names the uses it prices (operator '{EntityIds.Printable(use.OperatorId)}') on a {kind} entry; only usage and adjustment lines do";
        }

        foreach (var (field, value) in new[] { ("operator id", use.OperatorId), ("model id", use.ModelId), ("unit kind", use.UnitKind) })
        {
            if (value.Length > 0 && !EntityIds.IsValid(value))
            {
                return $"{field} '{EntityIds.Printable(value)}' is neither empty nor a valid id";
            }
        }

        if (use.Status.Length > 0 && !UseStatusNames.TryParse(use.Status, out _))
        {
            return $"status '{EntityIds.Printable(use.Status)}' is not a use status";
        }

        return use.UseKind is >= 0 and <= 255 ? null : string.Create(CultureInfo.InvariantCulture, $"use kind {use.UseKind} is not between 0 and 255");
    }

    /// <summary>Whether every surrogate is paired, so that the string has a UTF-8 encoding for the hash.</summary>
    private static bool IsWellFormed(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return false;
            }
        }

        return true;
    }
}
