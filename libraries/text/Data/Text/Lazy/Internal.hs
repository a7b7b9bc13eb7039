{-# OPTIONS_GHC -fno-omit-interface-pragmas #-}
-- | Clean-room text-1.2.5.0 Data.Text.Lazy.Internal: the deprecated name of
-- Data.Text.Internal.Lazy (re-exports).
module Data.Text.Lazy.Internal (module Data.Text.Internal.Lazy) where

import Data.Text.Internal.Lazy
