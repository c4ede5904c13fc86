// Anchor translation unit for the resource library (icons are added by CMake).
namespace pgdba_resources {
int anchor = 0;
}
