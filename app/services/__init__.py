"""What the shop can do: open and back up shop files, import sales, segment customers, make demo
data, format figures. Plain Python (pandas, reportlab where needed, imported lazily). No Qt."""
