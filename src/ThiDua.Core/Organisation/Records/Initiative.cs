namespace ThiDua.Core.Organisation.Records;

/// <summary>
/// A recognised initiative (sáng kiến) with its scope, recognising body and decision, and one or more authors.
/// Matched on re-import by decision number and title.
/// </summary>
public sealed class Initiative
{
    private readonly List<InitiativeAuthor> _authors = [];

    private Initiative()
    {
    }

    public Initiative(string title, InitiativeScope scope, string recognisedBy, string decisionNumber, DateOnly decisionDate, int year)
    {
        Title = title.Trim().Normalize(System.Text.NormalizationForm.FormC);
        Change(scope, recognisedBy, decisionDate, year);
        DecisionNumber = decisionNumber.Trim();
    }

    public int Id { get; private set; }

    public string Title { get; private set; } = string.Empty;

    public InitiativeScope Scope { get; private set; }

    public string RecognisedBy { get; private set; } = string.Empty;

    public string DecisionNumber { get; private set; } = string.Empty;

    public DateOnly DecisionDate { get; private set; }

    /// <summary>The emulation year the initiative counts for.</summary>
    public int Year { get; private set; }

    public IReadOnlyList<InitiativeAuthor> Authors => _authors;

    public void Change(InitiativeScope scope, string recognisedBy, DateOnly decisionDate, int year)
    {
        Scope = scope;
        RecognisedBy = recognisedBy.Trim().Normalize(System.Text.NormalizationForm.FormC);
        DecisionDate = decisionDate;
        Year = year;
    }

    public void AddAuthor(int personId)
    {
        if (_authors.All(a => a.PersonId != personId))
        {
            _authors.Add(new InitiativeAuthor(personId));
        }
    }
}

public sealed class InitiativeAuthor : IPersonRecord
{
    private InitiativeAuthor()
    {
    }

    public InitiativeAuthor(int personId) => PersonId = personId;

    public int InitiativeId { get; private set; }

    public int PersonId { get; private set; }
}
