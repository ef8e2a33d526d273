#include "platform/headless/headless_context.h"

#include <cfloat>

#include "imgui_internal.h"

namespace fieldbook::shell {

HeadlessContext::HeadlessContext(ImVec2 display, float dpr) {
  ctx_ = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = display;
  io.DisplayFramebufferScale = ImVec2(dpr, dpr);
  io.DeltaTime = 1.0f / 60.0f;
  // A renderer that "has textures": accepts the atlas's texture requests without a GPU.
  io.BackendFlags |= ImGuiBackendFlags_RendererHasTextures;
  io.Fonts->AddFontDefault();
}

HeadlessContext::~HeadlessContext() { ImGui::DestroyContext(ctx_); }

void HeadlessContext::frame(const std::function<void()>& build) {
  ImGui::SetCurrentContext(ctx_);
  ImGui::NewFrame();
  build();
  ImGui::Render();
  // Mark texture updates as done, as a renderer would.
  if (ImDrawData* dd = ImGui::GetDrawData(); dd && dd->Textures) {
    for (ImTextureData* tex : *dd->Textures) {
      if (tex->Status == ImTextureStatus_WantCreate || tex->Status == ImTextureStatus_WantUpdates) {
        tex->SetTexID(static_cast<ImTextureID>(1));
        tex->SetStatus(ImTextureStatus_OK);
      } else if (tex->Status == ImTextureStatus_WantDestroy) {
        tex->SetTexID(ImTextureID_Invalid);
        tex->SetStatus(ImTextureStatus_Destroyed);
      }
    }
  }
}

void HeadlessContext::frames(const std::function<void()>& build, int extra) {
  for (int guard = 0; guard < 64 && !ctx_->InputEventsQueue.empty(); ++guard) frame(build);
  for (int i = 0; i < extra; ++i) frame(build);
}

void HeadlessContext::mouse_click(ImVec2 pos, const std::function<void()>& build) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
  io.AddMousePosEvent(pos.x, pos.y);
  io.AddMouseButtonEvent(0, true);
  io.AddMouseButtonEvent(0, false);
  frames(build);
}

void HeadlessContext::tap(ImVec2 pos, const std::function<void()>& build) {
  ImGuiIO& io = ImGui::GetIO();
  io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
  io.AddMousePosEvent(pos.x, pos.y);
  io.AddMouseButtonEvent(0, true);
  io.AddMouseButtonEvent(0, false);
  io.AddMousePosEvent(-FLT_MAX, -FLT_MAX);
  frames(build);
}

void HeadlessContext::type(const char* utf8, const std::function<void()>& build) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
  frames(build);
}

void HeadlessContext::key(ImGuiKey k, const std::function<void()>& build, ImGuiKeyChord mods) {
  ImGuiIO& io = ImGui::GetIO();
  if (mods & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, true);
  if (mods & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, true);
  io.AddKeyEvent(k, true);
  io.AddKeyEvent(k, false);
  if (mods & ImGuiMod_Shift) io.AddKeyEvent(ImGuiMod_Shift, false);
  if (mods & ImGuiMod_Ctrl) io.AddKeyEvent(ImGuiMod_Ctrl, false);
  frames(build);
}

}  // namespace fieldbook::shell
