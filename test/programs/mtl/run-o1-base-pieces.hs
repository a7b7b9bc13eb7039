{-# LANGUAGE ScopedTypeVariables #-}
-- Base and transformers pieces that -O1 code of these libraries reaches by
-- name: sconcat's loops (All, Any, Endo, Ordering, Data.Monoid's First
-- and Last), the negative stimes errors, mfix at First, fixIO's cycle
-- error, IO's <*>, and Read of the transformers' newtypes and Lift
-- (readsUnaryWith's wrapping of each parse).
import Data.Monoid
import Data.Semigroup (sconcat, stimes)
import Data.List.NonEmpty (NonEmpty(..))
import Control.Exception
import Control.Monad.Fix
import System.IO
import GHC.IO.Exception (FixIOException)
import Data.IORef
import System.IO.Unsafe
import Data.Functor.Identity
import Data.Functor.Classes
import Control.Monad.Trans.Maybe
import Control.Monad.Trans.Except
import Control.Monad.Trans.Identity
import qualified Control.Monad.Trans.Writer.Lazy as WL
import qualified Control.Monad.Trans.Writer.Strict as WS
import Control.Applicative.Backwards
import Control.Applicative.Lift
import Data.Functor.Reverse
import Data.Functor.Constant

{-# NOINLINE allOf #-}
allOf :: NonEmpty All -> Bool
allOf = getAll . sconcat

{-# NOINLINE anyOf #-}
anyOf :: NonEmpty Any -> Bool
anyOf = getAny . sconcat

errMsg :: a -> IO ()
errMsg v = do
  r <- try (evaluate v)
  case r of
    Left (ErrorCall m) -> putStrLn ("error: " ++ m)
    Right _ -> putStrLn "no error"

main :: IO ()
main = do
  print (allOf (All True :| [All True, All False, undefined]), allOf (All True :| []), allOf (All True :| [All True]))
  print (anyOf (Any False :| [Any False, Any True, undefined]), anyOf (Any False :| [Any False]))
  print (appEndo (sconcat (Endo (+ 1) :| [Endo (* 2), Endo (subtract 3)])) 10, appEndo (sconcat (Endo (++ "!") :| [])) "x")
  print (sconcat (EQ :| [EQ, LT, undefined]), sconcat (EQ :| [EQ]), sconcat (GT :| [undefined]))
  print (getFirst (sconcat (First Nothing :| [First (Just 'a'), undefined])), getFirst (sconcat (First (Nothing :: Maybe Int) :| [First Nothing])))
  print (getLast (sconcat (Last (Just 1) :| [Last Nothing, Last (Just 3), Last Nothing])), getLast (sconcat (Last (Just 'z') :| [Last Nothing])))
  errMsg (getAll (stimes (-1 :: Int) (All True)))
  print (getAll (stimes (0 :: Int) (All False)), getAll (stimes (3 :: Integer) (All False)))
  errMsg (length (stimes (-2 :: Int) "ab"))
  print (stimes (3 :: Int) "ab", stimes (0 :: Int) "ab")
  ref <- newIORef (0 :: Int)
  let r = mfix (\x -> unsafePerformIO (writeIORef ref x) `seq` First Nothing)
  print (getFirst r)
  readIORef ref >>= errMsg
  print (getFirst (mfix (\x -> First (Just (1 : map (* 2) (take 4 x))))))
  c <- try (fixIO (\x -> evaluate (x + 1 :: Int)))
  putStrLn (either (\(e :: FixIOException) -> show e) show c)
  ones <- fixIO (\xs -> return (1 : take 3 xs))
  print (ones :: [Int])
  v <- (,) <$> return 'p' <*> (putStrLn "effect" >> return 'q')
  print v
  print (read "MaybeT (Just (Just 3))" :: MaybeT Maybe Int)
  print (reads "MaybeT [Nothing] rest" :: [(MaybeT [] Int, String)])
  print (read "ExceptT (Identity (Left \"e\"))" :: ExceptT String Identity Int)
  print (read " (IdentityT (Just 'c'))" :: IdentityT Maybe Char)
  print (read "WriterT (Just (1,\"w\"))" :: WL.WriterT String Maybe Int, read "WriterT [(2,\"v\")]" :: WS.WriterT String [] Int)
  print (read "Backwards [1,2]" :: Backwards [] Int, read "Reverse (Just 5)" :: Reverse Maybe Int)
  print (read "Pure 4" :: Lift [] Int, read "Other [4,5]" :: Lift [] Int, read "[Pure 1,Other (Just 2)]" :: [Lift Maybe Int])
  print (read "Constant 'k'" :: Constant Char Int, readsPrec 11 "Constant 1" :: [(Constant Int (), String)])
  print (readsPrec1 0 "MaybeT (Just Nothing)" :: [(MaybeT Maybe Bool, String)])
