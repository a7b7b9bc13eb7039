{-# LANGUAGE TypeApplications #-}
-- binary's internals reached through Inlined (a high unfolding threshold);
-- Main keeps the usual one.
import qualified Data.ByteString.Lazy as BL
import qualified Data.IntSet as IS
import qualified Data.Sequence as Seq
import Data.Version (makeVersion)
import Type.Reflection (SomeTypeRep (..), typeRep)
import Inlined

main :: IO ()
main = do
  mapM_ (\n -> let b = encNatural n in print (BL.unpack b, decNatural b == n)) [0, 255, 2 ^ (64 :: Int), 3 ^ (70 :: Int)]
  let fs = [1.25, -3.5, 1000000.01]
  print (BL.unpack (encFixed fs), decFixed (encFixed fs))
  let s = IS.fromList [5, -3, 1000, 64, 65, 0]
  print (BL.unpack (encIntSet s), decIntSet (encIntSet s))
  let v = makeVersion [1, 2, 30000]
  print (BL.unpack (encVersion v), decVersion (encVersion v))
  let lz = BL.fromChunks (map (BL.toStrict . BL.pack) [[1, 2, 3], [], [4, 5]])
  print (BL.unpack (encLazy lz), BL.toChunks (decLazy (encLazy lz)))
  let big = BL.replicate 70000 7
  print (BL.length (encLazy big), map BL.length (take 3 (chunksOf (encLazy big))), decLazy (encLazy big) == big)
  let q = Seq.fromList [3, 1, 4, 1, 5, 9, 2, 6]
  print (BL.length (encSeq q), decSeq (encSeq q))
  let reps = [SomeTypeRep (typeRep @Int), SomeTypeRep (typeRep @(Maybe [Bool])), SomeTypeRep (typeRep @(Int -> Char))]
  print (BL.length (encReps reps), decReps (encReps reps))
  where
    chunksOf b = map BL.fromStrict (BL.toChunks b)
