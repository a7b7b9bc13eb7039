-- binary-0.8.8.0's Data.Binary.Internal (clean-room, issue 14): the one
-- export, bytestring's accursedUnutterablePerformIO.
module Data.Binary.Internal (accursedUnutterablePerformIO) where

import Data.ByteString.Internal (accursedUnutterablePerformIO)
