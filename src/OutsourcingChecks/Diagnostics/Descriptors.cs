namespace OutsourcingChecks.Diagnostics;

/// <summary>Every input problem the tool reports, with its message in one place.</summary>
public static class Descriptors
{
    public static readonly DiagnosticDescriptor FileUnreadable = new("OC001", "File unreadable", "cannot read the file: {0}");
    public static readonly DiagnosticDescriptor ByteOrderMark = new("OC002", "Byte-order mark", "the file starts with a byte-order mark; save it as UTF-8 without one");
    public static readonly DiagnosticDescriptor InvalidUtf8 = new("OC003", "Invalid UTF-8", "the file is not valid UTF-8 (byte offset {0})");
    public static readonly DiagnosticDescriptor EmptyFile = new("OC004", "Empty file", "the file is empty");
    public static readonly DiagnosticDescriptor MalformedYaml = new("OC005", "Malformed YAML", "malformed YAML: {0}");
    public static readonly DiagnosticDescriptor Tab = new("OC006", "Tab character", "a tab character is not allowed in YAML indentation; use spaces");
    public static readonly DiagnosticDescriptor UnexpectedShape = new("OC007", "Unexpected structure", "expected {0} here, found {1}");
    public static readonly DiagnosticDescriptor UnknownSection = new("OC008", "Unknown section", "unknown top-level section '{0}'; expected one of {1}");
    public static readonly DiagnosticDescriptor UnknownField = new("OC009", "Unknown field", "unknown field '{0}' in {1}; expected one of {2}");
    public static readonly DiagnosticDescriptor MissingField = new("OC010", "Missing field", "{0} '{1}' has no '{2}'");
    public static readonly DiagnosticDescriptor DuplicateId = new("OC011", "Duplicate id", "the id '{0}' is already used at {1}");
    public static readonly DiagnosticDescriptor BadId = new("OC012", "Bad id", "'{0}' is not a valid id (a letter, then letters, digits, '_' or '.')");
    public static readonly DiagnosticDescriptor BadValue = new("OC013", "Bad value", "fact '{0}': {1}");
    public static readonly DiagnosticDescriptor UnknownUnit = new("OC014", "Unknown unit", "{0}: unknown unit '{1}'; known units: {2} (a scale word such as 万 or 百万 may precede a currency, a counter or a declared unit, and A/B is A per B); declare a new unit in {3}");
    public static readonly DiagnosticDescriptor UnknownQualifier = new("OC015", "Unknown qualifier", "fact '{0}': unknown qualifier '{1}'; expected one of {2}");
    public static readonly DiagnosticDescriptor BadLine = new("OC016", "Bad line number", "fact '{0}': line {1} is outside the report text (1-{2})");
    public static readonly DiagnosticDescriptor QuoteNotFound = new("OC017", "Quote not found", "fact '{0}': the quote \"{1}\" does not occur in the report text within 2 lines of line {2}{3}");
    public static readonly DiagnosticDescriptor ValueNotInQuote = new("OC018", "Value not in quote", "fact '{0}': the value {1} does not occur as a number in its quote \"{2}\"");
    public static readonly DiagnosticDescriptor ControlCharacter = new("OC019", "Control character", "{0} contains a control character (U+{1:X4})");
    public static readonly DiagnosticDescriptor UnknownKind = new("OC020", "Unknown rule kind", "rule '{0}': unknown kind '{1}'; expected one of {2}");
    public static readonly DiagnosticDescriptor UnknownReference = new("OC021", "Unknown reference", "{0}: '{1}' names no fact or derived quantity");
    public static readonly DiagnosticDescriptor BadExpression = new("OC022", "Bad expression", "{0}: cannot parse the expression \"{1}\": {2}");
    public static readonly DiagnosticDescriptor UnitMismatch = new("OC023", "Unit mismatch", "{0}: {1}");
    // OC024 (zero denominator) and OC030 (arithmetic overflow) are no longer input problems: such a
    // check is an undecided finding (Evaluation/Undecided.cs). Their codes stay unused.
    public static readonly DiagnosticDescriptor Cycle = new("OC025", "Cycle", "derived quantity '{0}' depends on itself: {1}");
    public static readonly DiagnosticDescriptor BadTemplate = new("OC026", "Bad template", "rule '{0}': {1}");
    public static readonly DiagnosticDescriptor BadField = new("OC027", "Bad field", "{0}: {1}");
    public static readonly DiagnosticDescriptor NoFacts = new("OC028", "No facts", "no facts were found under {0}");
    public static readonly DiagnosticDescriptor SourceMissing = new("OC029", "Source text missing", "the report text {0} does not exist");
    public static readonly DiagnosticDescriptor FileTooLarge = new("OC031", "File too large", "the file is {0:N0} bytes; input files are limited to {1:N0} bytes");
    public static readonly DiagnosticDescriptor AliasNotAllowed = new("OC032", "Alias not allowed", "YAML anchors and aliases are not allowed in these files");
    public static readonly DiagnosticDescriptor DuplicateKey = new("OC033", "Duplicate key", "the key '{0}' appears twice in this mapping");
    public static readonly DiagnosticDescriptor NestingTooDeep = new("OC034", "Nesting too deep", "lists and mappings nest deeper than {0} levels here");
    public static readonly DiagnosticDescriptor SecondDocument = new("OC035", "Second document", "a second YAML document starts here; a file holds one document (remove the '---' or move what follows into a file of its own)");
    public static readonly DiagnosticDescriptor LineSeparator = new("OC036", "Unicode line separator", "the character U+{0:X4} ({1}) is a line break to some YAML readers and not to others (or to an editor); remove it, or write it as \\u{0:X4} in a double-quoted string");
    public static readonly DiagnosticDescriptor NotRegularFile = new("OC037", "Not a regular file", "{0} is not a regular file (a device, a pipe or a socket); only regular files are read");
}
