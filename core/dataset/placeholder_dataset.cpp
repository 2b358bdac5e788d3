// Placeholder so the component library has a source until its code lands.
namespace kiemtra::core::detail {
int placeholder_dataset() { return 0; }
}  // namespace kiemtra::core::detail
