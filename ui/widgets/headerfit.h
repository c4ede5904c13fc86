#pragma once

class QHeaderView;
class QWidget;

namespace ui {

// Widens the columns whose title does not fit (a longer translation, a larger font): title width
// plus the style's margins and, for the sorted column, its arrow. Never narrows a column, and
// leaves alone the columns sized by their contents or stretched.
void fitHeaderTitles(QHeaderView *header);

// fitHeaderTitles for every horizontal header under root, now and whenever a header's columns
// change (a model set later).
void keepHeaderTitlesFitting(QWidget *root);

} // namespace ui
