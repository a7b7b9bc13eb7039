-- Data.Bits on Bool, Integer and pointers, Data.Char's and GHC.Unicode's
-- classifiers, as -O1 code calls them (methods and workers by name).
import Data.Bits
import Data.Char
import Foreign.Ptr

{-# NOINLINE bools #-}
bools :: [Bool]
bools = [True, False, True, True]

{-# NOINLINE ints #-}
ints :: [Integer]
ints = [0, 1, -1, 5, 255, 2 ^ 70, -(2 ^ 65) + 3]

{-# NOINLINE text #-}
text :: String
text = "Hello, World! 123 _x+y \233\8364\768 \t\n\1632"

classify :: Char -> String
classify c =
  [ if isLetter c then 'L' else '.', if isMark c then 'M' else '.'
  , if isNumber c then 'N' else '.', if isSeparator c then 'S' else '.'
  , if isPunctuation c then 'P' else '.', if isSymbol c then 'Y' else '.'
  , if isSpace c then 's' else '.' ]

main :: IO ()
main = do
  mapM_ (\c -> putStrLn (show c ++ " " ++ classify c ++ " " ++ show (generalCategory c))) text
  print [ (b .&. c, b .|. c, xor b c, complement b) | b <- bools, c <- take 2 bools ]
  print (map popCount bools, map (`testBit` 0) bools, map (`shiftL` 1) bools, map (`shiftR` 0) bools)
  print (map (`setBit` 0) bools, map (`clearBit` 0) bools, map (`complementBit` 0) bools, map (bit :: Int -> Bool) [0, 1])
  print (map (`unsafeShiftL` 0) bools, map (`unsafeShiftR` 1) bools, map countTrailingZeros bools, map countLeadingZeros bools)
  print (map popCount ints, [testBit i k | i <- ints, k <- [0, 3, 70]])
  print (map (`shiftL` 3) ints, map (`shiftR` 2) ints, map (`shift` (-1)) ints, map (`unsafeShiftL` 1) ints, map (`unsafeShiftR` 1) ints)
  print (map (`setBit` 4) ints, map (`clearBit` 0) ints, map (`complementBit` 1) ints, map (bit :: Int -> Integer) [0, 64])
  print (map (`rotateL` 2) ints, map (`rotateR` 2) ints)
  let ps = [nullPtr `plusPtr` 12, nullPtr `plusPtr` 255] :: [Ptr ()]
      ips = map ptrToIntPtr ps
      wps = map ptrToWordPtr ps
  print (map popCount ips, map popCount wps, map (`shiftL` 2) ips, map (`rotateR` 1) wps, map (.&. 7) ips)
  print (map (`testBit` 2) wps, map complement ips, map (`xor` 5) wps)
