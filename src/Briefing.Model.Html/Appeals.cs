namespace Briefing.Model.Html;

/// <summary>
/// The publisher's appeals to the reader that close an article on the page: subscribe, sign up for the
/// newsletter, download the app, become a member, donate, write to the editors. A line is an appeal when
/// it holds a call word (<see cref="CallWords"/>) and speaks to the reader or for the publisher (a
/// second-person or first-person-plural word, an e-mail or web address), or opens with the call word
/// as a short imperative line (<c>Subscribe now …</c>, <c>Hazte miembro …</c>), in the languages pages are read in.
/// </summary>
internal static class Appeals
{
    /// <summary>The words (lower case) that call the reader to act for the publisher.</summary>
    private static readonly HashSet<string> CallWords = new(StringComparer.Ordinal)
    {
        // English
        "subscribe", "subscribers", "subscription", "subscriptions", "newsletter", "newsletters", "donate", "donation", "donations", "membership",
        "download", "signup", "register",
        // Spanish
        "suscríbete", "suscribirse", "suscríbase", "suscripción", "suscriptor", "suscriptores", "boletín", "membresía", "apóyanos", "apoya", "únete",
        "donar", "donación", "descarga", "síguenos", "escríbenos", "escribirnos",
        // German
        "abonnieren", "abonniere", "abonnement", "abo", "spenden", "unterstützen", "registrieren", "anmelden", "herunterladen",
        // French
        "abonnez", "abonner", "abonnement", "inscrivez", "soutenez", "soutenir", "téléchargez",
        // Italian
        "iscriviti", "abbonati", "abbonamento", "sostienici", "seguici", "scarica",
        // Portuguese
        "assine", "assinatura", "inscreva", "apoie", "baixe",
    };

    /// <summary>Two-word calls whose words alone say too little (<c>sign up</c>, <c>hazte miembro</c>).</summary>
    private static readonly (string First, string Second)[] CallPairs =
    [
        ("sign", "up"), ("signing", "up"), ("support", "us"), ("join", "us"), ("follow", "us"), ("write", "to"), ("hazte", "miembro"), ("hazte", "socio"),
        ("folgen", "sie"), ("suivez", "nous"), ("faites", "un"),
    ];

    /// <summary>The words that speak to the reader or for the publisher (lower case).</summary>
    private static readonly HashSet<string> AddressWords = new(StringComparer.Ordinal)
    {
        "you", "your", "yours", "we", "us", "our",
        "te", "tú", "tu", "ti", "usted", "ustedes", "nos", "nuestra", "nuestro", "nuestras", "nuestros",
        "du", "dich", "dir", "dein", "deine", "ihr", "ihre", "uns", "unser", "unsere", "unseren", "unserem",
        "vous", "votre", "vos", "nous", "notre",
        "tuo", "tua", "ci", "noi", "nostro", "nostra", "vostro",
        "você", "vocês", "seu", "sua", "nosso", "nossa",
    };

    /// <summary>Words an appeal has at most: a longer block is the article's own text.</summary>
    public const int MaxWords = 80;

    /// <summary>Words a line opening with a call word has at most to be an appeal by that alone.</summary>
    private const int ImperativeMaxWords = 20;

    /// <summary>Whether the text is an appeal to the reader (see <see cref="Appeals"/>).</summary>
    public static bool IsAppeal(string text)
    {
        var words = new List<string>();
        var span = text.AsSpan();
        for (var i = 0; i < span.Length && words.Count <= MaxWords;)
        {
            if (!char.IsLetter(span[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < span.Length && char.IsLetter(span[i]))
            {
                i++;
            }

            words.Add(span[start..i].ToString().ToLowerInvariant());
        }

        if (words.Count == 0 || words.Count > MaxWords)
        {
            return false;
        }

        var call = -1;
        for (var i = 0; i < words.Count && call < 0; i++)
        {
            if (CallWords.Contains(words[i]) || (i + 1 < words.Count && IsPair(words[i], words[i + 1])))
            {
                call = i;
            }
        }

        if (call < 0)
        {
            return false;
        }

        if (call == 0 && words.Count <= ImperativeMaxWords)
        {
            return true;
        }

        foreach (var word in words)
        {
            if (AddressWords.Contains(word))
            {
                return true;
            }
        }

        return HasAddress(span);
    }

    private static bool IsPair(string first, string second)
    {
        foreach (var (a, b) in CallPairs)
        {
            if (first == a && second == b)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An e-mail or web address in the text.</summary>
    private static bool HasAddress(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf('@');
        return (at > 0 && at + 1 < text.Length && char.IsLetterOrDigit(text[at - 1]) && char.IsLetterOrDigit(text[at + 1])) ||
            text.Contains("www.", StringComparison.OrdinalIgnoreCase) || text.Contains("http", StringComparison.OrdinalIgnoreCase);
    }
}
