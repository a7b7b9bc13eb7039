{-# LANGUAGE TypeOperators, ScopedTypeVariables #-}
{-# OPTIONS_GHC -Wno-deprecations #-}
-- A resource registry that forces what it stores: references, pointers,
-- stable names and equality witnesses are forced through the lifted
-- NFData1/NFData2 classes (with a custom forcer for the contents); opaque
-- C types are forced as bottoms to see the error come out; semigroup
-- options and call-site locations are forced to normal form before use.
import Control.DeepSeq
import Control.Exception
import Control.Monad.ST
import Control.Concurrent.MVar
import Data.IORef
import Data.STRef
import Data.Array
import Data.Ratio
import Data.Fixed
import Data.Type.Equality
import qualified Data.Semigroup as Sg
import Foreign.Ptr
import Foreign.C.Types (CFile, CFpos, CJmpBuf)
import GHC.Stack
import System.Mem.StableName

data Opaque = Opaque String deriving Show
instance Exception Opaque

-- force a value of an opaque type that is really an error
probe :: forall a. NFData a => String -> a -> IO ()
probe label x = do
  r <- try (evaluate (rnf x))
  putStrLn (label ++ ": " ++ either (\(Opaque m) -> "raised " ++ m) (const "fine") r)

here :: HasCallStack => [(String, SrcLoc)]
here = getCallStack callStack

summary :: SrcLoc -> String
summary l = srcLocModule l ++ ":" ++ show (srcLocStartLine l) ++ "-" ++ show (srcLocEndCol l)

main :: IO ()
main = do
  -- references whose contents are never forced by the lifted forcer
  ref <- newIORef (error "contents are not forced" :: Int)
  mv <- newMVar (undefined :: String)
  sn <- makeStableName ref
  print (liftRnf (\_ -> ()) ref, liftRnf (error "not called") mv, rnf1 sn)
  print (runST (do r <- newSTRef (error "lazy" :: Char); return (liftRnf (const ()) r, liftRnf2 (const ()) (const ()) r)))
  print (liftRnf2 (const ()) (const ()) (listArray (0, 3) [error "e0", 'b', 'c', 'd'] :: Array Int Char) `seq` "array spine only")
  print (rnf2 (listArray ('a', 'c') [1, 2, 3] :: Array Char Int), rnf1 (listArray (1, 2) "xy" :: Array Int Char))
  -- pointers of any element type
  let p = nullPtr `plusPtr` 64 :: Ptr Double
      fp = castPtrToFunPtr nullPtr :: FunPtr (Int -> IO ())
  print (rnf1 p, liftRnf (const ()) fp, p `minusPtr` nullPtr, fp == nullFunPtr)
  -- numbers with lifted forcing of their components
  let q = 22 % 7 :: Ratio Int
  print (liftRnf (\n -> if n > 0 then () else ()) q, rnf1 q, numerator q, liftRnf (\_ -> ()) (3.14159 :: Fixed E6), 3.14159 :: Fixed E6)
  print (rnf1 (Sg.WrapMonoid [1, 2 :: Int]), Sg.unwrapMonoid (force (Sg.WrapMonoid "ab" <> Sg.WrapMonoid "cd")))
  -- equality witnesses
  let w = Refl :: Bool :~: Bool
      hw = HRefl :: [Int] :~~: [Int]
  print (rnf1 w, rnf2 w, rnf1 hw, rnf2 hw, castWith w True, w == w)
  -- Option: a semigroup maybe
  let opts = [Sg.Option (Just (Sg.Max 3)), Sg.Option Nothing, Sg.Option (Just (Sg.Max (9 :: Int)))]
  print (force (mconcat opts), rnf opts, liftRnf rnf (Sg.Option (Just 'o')), Sg.getOption (force (Sg.Option (Just "k"))))
  print (rnf1 (Sg.Option (Just [1 :: Int])), Sg.option 0 Sg.getMax (mconcat opts))
  -- opaque C types are forced like any other value: a bottom raises
  probe "CFile" (throw (Opaque "no FILE") :: CFile)
  probe "CFpos" (throw (Opaque "no fpos") :: CFpos)
  probe "CJmpBuf" (throw (Opaque "no jmp_buf") :: CJmpBuf)
  probe "Ptr CFile" (nullPtr :: Ptr CFile)
  -- call sites forced before they are reported
  let locs = force (map snd here)
  print (rnf locs, map summary locs, map fst (force here))
  r <- try (evaluate (force (SrcLoc "pkg" "Mod" "file.hs" 1 2 3 (error "unfinished location"))))
  putStrLn (either (\(ErrorCall m) -> "location raised: " ++ m) (const "location fine") r)
