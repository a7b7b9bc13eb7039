{-# OPTIONS_GHC -Wno-deprecations -fno-specialise #-}
-- Filters and formatters that live inside monad transformers: a transformer
-- over a contravariant functor (Predicate, Op, Const, Equivalence) is
-- itself contravariant, so one check written for a record is adapted to
-- others with contramap. Also the old ErrorT with IOException errors and
-- list messages, and lift passed around as a first-class function.
import Data.Functor.Contravariant
import Data.Functor.Const
import Control.Monad.Trans.Class (MonadTrans (..))
import Control.Monad.Trans.Reader (ReaderT (..))
import Control.Monad.Trans.Maybe (MaybeT (..))
import Control.Monad.Trans.Except (ExceptT (..), runExceptT)
import Control.Monad.Trans.Error (ErrorT (..), Error (..), ErrorList (..), throwError, catchError)
import Control.Monad.Trans.List (ListT (..))
import qualified Control.Monad.Trans.State.Lazy as SL
import qualified Control.Monad.Trans.State.Strict as SS
import qualified Control.Monad.Trans.Writer.Lazy as WL
import qualified Control.Monad.Trans.Writer.Strict as WS
import qualified Control.Monad.Trans.RWS.Lazy as RL
import qualified Control.Monad.Trans.RWS.Strict as RS
import Control.Exception (IOException)
import Data.Char (isDigit, isUpper)

data Person = Person {name :: String, age :: Int} deriving Show

people :: [Person]
people = [Person "Ada" 36, Person "bob" 17, Person "Cy" 70, Person "dee" 5]

-- an age check that depends on a limit from the environment
oldEnough :: ReaderT Int Predicate Int
oldEnough = ReaderT (\limit -> Predicate (>= limit))

personOk :: ReaderT Int Predicate Person
personOk = contramap age oldEnough

-- a check that sees a maybe-value: accept when absent or capitalised
capitalised :: MaybeT Predicate String
capitalised = MaybeT (Predicate (maybe True (\s -> not (null s) && isUpper (head s))))

-- a check that sees either a failure or a value
exceptCheck :: ExceptT String Predicate Int
exceptCheck = ExceptT (Predicate (either (not . null) even))

errorCheck :: ErrorT String Predicate Int
errorCheck = ErrorT (Predicate (either ((> 2) . length) odd))

-- a check over the whole list a ListT would produce
allShort :: ListT Predicate String
allShort = ListT (Predicate (all ((< 4) . length)))

-- the state-carrying checks see the (value, state) pair
stateL :: SL.StateT Int Predicate Int
stateL = SL.StateT (\s -> Predicate (\(a, s') -> a + s' > s))

stateS :: SS.StateT Int Predicate Int
stateS = SS.StateT (\s -> Predicate (\(a, s') -> a * s' < s))

-- writer checks see the value and the log
writerL :: WL.WriterT [String] Predicate Int
writerL = WL.WriterT (Predicate (\(a, w) -> length w == a))

writerS :: WS.WriterT String Predicate Int
writerS = WS.WriterT (Predicate (\(a, w) -> all isDigit w && a > 0))

rwsL :: RL.RWST Int [Int] Int Predicate Int
rwsL = RL.RWST (\r s -> Predicate (\(a, s', w) -> a + s' + sum w == r + s))

rwsS :: RS.RWST Int String Int Predicate Int
rwsS = RS.RWST (\r s -> Predicate (\(a, s', w) -> a * r == s' - s && null w))

-- a formatter: Op renders a value; the transformer just passes it through
render :: ReaderT () (Op String) Int
render = ReaderT (\() -> Op show)

-- Const phantoms: contramap only changes the type the label claims
labelled :: SS.StateT () (Const String) Int
labelled = SS.StateT (\() -> Const "counter")

-- equivalences of people by age decade
sameDecade :: WS.WriterT () Equivalence Int
sameDecade = WS.WriterT (Equivalence (\(a, _) (b, _) -> a `div` 10 == b `div` 10))

{-# NOINLINE liftEach #-}
liftEach :: (MonadTrans t, Monad m) => [m a] -> [t m a]
liftEach = map lift

-- one action into a list transformer, for any base monad
intoList :: Monad m => [m a] -> [ListT m a]
intoList = map liftOne

{-# NOINLINE liftOne #-}
liftOne :: Monad m => m a -> ListT m a
liftOne = lift

strMsgs :: [String]
strMsgs = [strMsg "plain", listMsg "from the list class", noMsg]

ioFailures :: ErrorT IOException IO Int
ioFailures = do
  n <- lift (return 41)
  r <- (fail "disk on fire" >> return 0) `catchError` (\e -> lift (putStrLn ("caught: " ++ show e)) >> return (n + 1))
  if r > 100 then return r else throwError (strMsg ("too small: " ++ show r))

main :: IO ()
main = do
  print [getPredicate (runReaderT personOk 18) p | p <- people]
  print [getPredicate (runReaderT (contramap length oldEnough) 3) (name p) | p <- people]
  print (map (getPredicate (runMaybeT (contramap name capitalised))) [Just (head people), Just (people !! 1), Nothing])
  print (map (getPredicate (runExceptT (contramap (* 3) exceptCheck))) [Left "", Left "e", Right 3, Right 4])
  print (map (getPredicate (runErrorT (contramap length errorCheck))) [Left "ab", Left "abc", Right "x", Right "xy"])
  print (map (getPredicate (runListT (contramap name allShort))) [take 1 people, people, []])
  print (getPredicate (SL.runStateT (contramap age stateL) 40) (people !! 2, 0), getPredicate (SL.runStateT (contramap age stateL) 40) (people !! 3, 1))
  print (getPredicate (SS.runStateT (contramap (+ 1) stateS) 10) (2, 3), getPredicate (SS.runStateT (contramap (+ 1) stateS) 10) (4, 3))
  print (getPredicate (WL.runWriterT (contramap length writerL)) ("ab", ["x", "y"]), getPredicate (WS.runWriterT (contramap negate writerS)) (-5, "123"))
  print (getPredicate (RL.runRWST (contramap fst rwsL) 10 5) ((3, 'q'), 2, [10]), getPredicate (RS.runRWST (contramap snd rwsS) 2 1) (('q', 3), 7, ""))
  putStrLn (getOp (runReaderT (contramap age render) ()) (head people))
  print (getConst (SS.runStateT (contramap fromEnum labelled :: SS.StateT () (Const String) Bool) ()))
  print [getEquivalence (WS.runWriterT (contramap age sameDecade)) (a, ()) (b, ()) | a <- take 2 people, b <- people]
  -- lift, passed as a value
  sequence_ [SS.evalStateT m () | m <- liftEach [putStrLn "one", putStrLn "two"]]
  rs <- runListT (sequence (liftEach [return 'x', return 'y']))
  print rs
  rs' <- runListT (sequence (intoList [putStrLn "three" >> return 3, return (4 :: Int)]))
  print rs'
  -- ErrorT with IOException errors
  print strMsgs
  r1 <- runErrorT ioFailures
  print r1
  r2 <- runErrorT (fail "plain failure" :: ErrorT IOException IO ())
  print r2
  print (noMsg :: IOException, strMsg "made" :: IOException)
