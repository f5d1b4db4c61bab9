<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AutoRefreshControl</name>
    <message>
        <source>Auto-refresh interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the page shown in the background, marking what changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the newest conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conversations: show them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkProgressPanel</name>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result per conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: conversations not yet sent stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: waiting for the requests already sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the built-in sandbox server with demo data. Your stored credentials are not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clock is %1 behind the server&apos;s; requests are adjusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clock is %1 ahead of the server&apos;s; requests are adjusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationCommands</name>
    <message numerus="yes">
        <source>&amp;Archive %n Conversations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Archiving %n conversations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-activating %n conversations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is still being changed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-activated “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not archive “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not re-activate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bulk action is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the answer was lost: refresh to see whether it happened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Re-activate %n Conversations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Re-activate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateConversationDialog</name>
    <message>
        <source>New Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com or +15551234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;obody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned to anyone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ag&amp;ent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent@example.com or +15551234567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team ID, e.g. team_support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ghost conversation stays invisible until its first interaction, such as the first message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: an email address, or a phone number starting with + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last attempt may already have created this conversation. Check the conversations first, or create it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was lost, so the conversation may or may not have been created. Check the conversations before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>Select a conversation to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy conversation ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the conversation ID to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive this conversation (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this conversation active again (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this conversation (F2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this request in the request inspector (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message numerus="yes">
        <source>Exporting page %1 of %2 (%Ln conversations written)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n conversations to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed, %1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer email or +phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent email or +phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ghost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rchived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age&amp;nt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ghost conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archived conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations with status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations in this workspace yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifierField</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 identifier type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected as you type; choose to override</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Conversations from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UTF-8 CSV with a header row: customer, type, name, team, agents, status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see its rows checked before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check / result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems (not sent)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created before (skipped)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check (answer lost before: not re-sent)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>C&amp;reate %n Conversations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: created before as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was lost; refresh and look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1. Import the file again to send the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One result per row was written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the row being sent…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;New Conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Ghost Conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus &amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Bridge Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open by ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge Desk — %1 (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge Desk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Bridge Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bridge Desk %1&lt;/h3&gt;&lt;p&gt;A desktop client for the Bridge conversations API.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge Desk — switching to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenByIdDialog</name>
    <message>
        <source>Open Conversation by ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. conv_0123abcd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation with this ID in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagerBar</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per &amp;page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantListEdit</name>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to another workspace connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new profile (e.g. the workspace or the customer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestInspector</name>
    <message>
        <source>Request Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command that replays this request exactly, signature included; the server accepts it while its timestamp is fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 is no longer in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → %3 in %4 ms%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (retry %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request was made with another API key: it cannot be replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a curl command; the server accepts it while its timestamp is fresh (±5 min).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Connection Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ws_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ak_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sk_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn the query string too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for servers that sign the path with its ?query; Test connection tells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sw&amp;itch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the Sandbo&amp;x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: %n conversation(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server accepts signatures that leave out the query string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts signatures that include the query string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show secret key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StateOverlay</name>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge</name>
    <message>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ghost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The type must be email or phone, or left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a team or agents, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status must be active or ghost, or left empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::BulkQueue</name>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>&quot;18 archived&quot;: a count, then what happened to those rows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent (cancelled)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::ConversationTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::Csv</name>
    <message>
        <source>The file is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quote inside a field that is not quoted, or text after a closing quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::CsvImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier run lost the answer: it may have been created. Check before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: a header row is expected (customer, type, name, team, agents, status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not known and is ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no customer column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (created before)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check (the answer was lost; not sent again)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not sent</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bridge::Exporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::ProfileManager</name>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name is at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name cannot contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile with this name exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::RefreshWatcher</name>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bridge::RequestLog</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse and create Bridge conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run on a built-in sandbox server with demo data and demo credentials; stored credentials are neither used nor changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit once the first page of conversations has been painted, printing first-rows-ms: N (since process start) on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials profile (default: default).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
