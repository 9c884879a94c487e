namespace Mandates.Core.Access;

/// <summary>Something a user asks Mandates to do, as far as who may do it is concerned.</summary>
public enum Act
{
    /// <summary>Reads the record, the ledger and every answer drawn from them.</summary>
    Read,

    /// <summary>Deploys, ends or corrects a tour.</summary>
    RecordTours,

    /// <summary>Records a motion, a cabinet decision, a vote, an objection or a revocation.</summary>
    RecordDecisions,

    /// <summary>Records a change of a legal act (an extension, a termination).</summary>
    ChangeLegalActs,

    /// <summary>Imports a whole record folder into the store.</summary>
    Import,

    /// <summary>Adds users, changes their role, revokes them.</summary>
    ManageUsers,
}
