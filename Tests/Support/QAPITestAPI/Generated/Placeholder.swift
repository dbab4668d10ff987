public enum QAPITestAPIPlaceholder {}
