-- binary-0.8.8.0's Data.Binary.FloatCast (clean-room, issue 14): a Float's
-- and a Double's bits as a Word and back (base's casts).
module Data.Binary.FloatCast
  ( floatToWord,
    wordToFloat,
    doubleToWord,
    wordToDouble,
  )
where

import Data.Word (Word32, Word64)
import GHC.Float (castDoubleToWord64, castFloatToWord32, castWord32ToFloat, castWord64ToDouble)

floatToWord :: Float -> Word32
floatToWord = castFloatToWord32

wordToFloat :: Word32 -> Float
wordToFloat = castWord32ToFloat

doubleToWord :: Double -> Word64
doubleToWord = castDoubleToWord64

wordToDouble :: Word64 -> Double
wordToDouble = castWord64ToDouble
